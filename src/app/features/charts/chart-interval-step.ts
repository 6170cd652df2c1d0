import type { BffRange } from '../../../contract/bff-api.ts';
import { sensibleIntervals } from '../../../contract/chart-sensible-intervals.ts';
import type { Interval } from '../../../contract/openpanel-common.ts';

/**
 * `i` / `Shift+I`: the next / previous interval the window offers (`sensibleIntervals`, the same offer the
 * builder's interval control shows), wrapping around so one key cycles through them. The result is written
 * to the URL as the builder writes it: the window's default is left implied (`undefined`).
 */
export function stepChartInterval(
  view: {
    range: BffRange;
    from?: string | undefined;
    to?: string | undefined;
    interval?: Interval;
  },
  direction: -1 | 1,
): { interval: Interval; param: Interval | undefined } {
  const { allowed, default: fallback } = sensibleIntervals(view.range, view.from, view.to);
  const current = view.interval ?? fallback;
  const at = Math.max(0, allowed.indexOf(current));
  const interval = allowed[(at + direction + allowed.length) % allowed.length] ?? fallback;
  return { interval, param: interval === fallback ? undefined : interval };
}
