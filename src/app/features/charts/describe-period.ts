import type { BffRange } from '../../../contract/bff-api.ts';
import { chartRangeLabel } from '../../../contract/chart-range-label.ts';

/** A view's period in words: explicit days are fixed, a range name moves with today (live). */
export function describePeriod(view: { range: BffRange; from?: string; to?: string }): string {
  return view.from !== undefined && view.to !== undefined
    ? `${view.from} to ${view.to} (fixed dates)`
    : `${chartRangeLabel(view.range)} (live range)`;
}
