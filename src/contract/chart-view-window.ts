import * as z from 'zod/mini';
import type { BffRange } from './bff-api.ts';
import { chartIntervalLabel, chartRangeLabel } from './chart-range-label.ts';
import { sensibleIntervals } from './chart-sensible-intervals.ts';
import { shown } from './chart-view-series.ts';
import { intervalSchema } from './openpanel-common.ts';
import type { Interval } from './openpanel-common.ts';

/** A calendar day `yyyy-MM-dd` (a real one: `2024-02-30` fails). */
export const chartViewDateSchema = z.iso.date();

/**
 * Tolerant read of a chart link's explicit days and interval (after its `range` was read):
 * - `from`/`to` are both real days in order, or neither: a half-open or reversed window is dropped whole,
 *   and the chart shows `range` instead;
 * - an interval the window does not offer (`sensibleIntervals`) falls back to the window's default, and the
 *   default itself is left implied (undefined), so every view has one canonical link.
 * - with a reference anchor (`anchored`), the anchor sets the window: typed days are dropped, and a known
 *   interval is kept as it is, because the window's days (and so its offer) are only known once the
 *   references are (chart-view-anchor-window.ts checks it then).
 */
export function readChartWindow(
  raw: Record<string, unknown>,
  range: BffRange,
  notices: string[],
  anchored = false,
): { from?: string; to?: string; interval?: Interval } {
  const out: { from?: string; to?: string; interval?: Interval } = {};
  if (anchored) {
    if (raw.from !== undefined || raw.to !== undefined) {
      notices.push(
        `Ignored the dates ${shown(raw.from ?? '…')} to ${shown(raw.to ?? '…')}: the reference anchor sets the window`,
      );
    }
    if (raw.interval === undefined) return out;
    const parsed = intervalSchema.safeParse(raw.interval);
    if (parsed.success) out.interval = parsed.data;
    else notices.push(`Ignored unknown interval “${shown(raw.interval)}”`);
    return out;
  }
  const day = (key: 'from' | 'to'): string | undefined => {
    if (raw[key] === undefined) return undefined;
    const parsed = chartViewDateSchema.safeParse(raw[key]);
    if (parsed.success) return parsed.data;
    notices.push(`Ignored ${key} “${shown(raw[key])}” (not a yyyy-MM-dd date)`);
    return undefined;
  };
  const from = day('from');
  const to = day('to');
  const showing = `showing ${chartRangeLabel(range)}`;
  if (from !== undefined && to !== undefined) {
    if (from <= to) {
      out.from = from;
      out.to = to;
    } else {
      notices.push(`Ignored the dates ${from} to ${to}: the end is before the start; ${showing}`);
    }
  } else if (from !== undefined) {
    notices.push(`Ignored from “${from}” without a valid to; ${showing}`);
  } else if (to !== undefined) {
    notices.push(`Ignored to “${to}” without a valid from; ${showing}`);
  }

  if (raw.interval === undefined) return out;
  const intervals = sensibleIntervals(range, out.from, out.to);
  const fallback = `showing ${chartIntervalLabel(intervals.default)}`;
  const parsed = intervalSchema.safeParse(raw.interval);
  if (!parsed.success) {
    notices.push(`Ignored unknown interval “${shown(raw.interval)}”; ${fallback}`);
  } else if (!intervals.allowed.includes(parsed.data)) {
    const window = out.from !== undefined ? `${out.from} to ${out.to}` : chartRangeLabel(range);
    notices.push(
      `Ignored interval “${parsed.data}”, which is not offered for ${window}; ${fallback}`,
    );
  } else if (parsed.data !== intervals.default) {
    out.interval = parsed.data;
  }
  return out;
}
