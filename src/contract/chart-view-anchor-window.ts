import { chartIntervalLabel, chartRangeLabel } from './chart-range-label.ts';
import { sensibleIntervals } from './chart-sensible-intervals.ts';
import type { ChartViewState } from './chart-view-state.ts';

/** What resolving an anchor needs: the project's references, the organization's zone and the clock. */
export interface ChartAnchorContext {
  references: readonly { id: string; date: string }[];
  timeZone: string;
  now: Date;
}

/** The calendar day `yyyy-MM-dd` an instant falls on in `timeZone` (the organization's, not the browser's). */
export function dayInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Turns a state's reference anchor into explicit days (`from`/`to`, inclusive, org zone); the anchor stays
 * in the result so the picker can name it. An id that is not among the project's references (deleted, or a
 * link from another project) drops the anchor: the chart shows the state's `range`, and a notice says so.
 * Reversed ends are swapped (B before A, or "since" a future reference), because a window is what was meant.
 * An interval the resolved window does not offer falls back to the window's default, as for typed dates.
 */
export function resolveChartAnchor(
  state: ChartViewState,
  context: ChartAnchorContext,
): { state: ChartViewState; notices: string[] } {
  const { anchor } = state;
  if (anchor === undefined) return { state, notices: [] };
  const dateOf = (id: string) => context.references.find((r) => r.id === id)?.date;
  const fromDate = dateOf(anchor.from);
  const toDate = anchor.to === undefined ? context.now.toISOString() : dateOf(anchor.to);
  if (fromDate === undefined || toDate === undefined) {
    const missing = fromDate === undefined ? anchor.from : (anchor.to ?? '');
    const rest = { ...state };
    delete rest.anchor;
    return {
      state: rest,
      notices: [
        `Ignored the reference anchor “${missing}” (it no longer exists); showing ${chartRangeLabel(state.range)}`,
      ],
    };
  }
  const a = dayInZone(new Date(fromDate), context.timeZone);
  const b = dayInZone(new Date(toDate), context.timeZone);
  const [from, to] = a <= b ? [a, b] : [b, a];
  const intervals = sensibleIntervals(state.range, from, to);
  const notices: string[] = [];
  let interval = state.interval;
  if (interval !== undefined && !intervals.allowed.includes(interval)) {
    notices.push(
      `Ignored interval “${interval}”, which is not offered for ${from} to ${to}; showing ${chartIntervalLabel(intervals.default)}`,
    );
    interval = undefined;
  }
  if (interval === intervals.default) interval = undefined;
  const resolved: ChartViewState = { ...state, from, to };
  if (interval === undefined) delete resolved.interval;
  else resolved.interval = interval;
  return { state: resolved, notices };
}
