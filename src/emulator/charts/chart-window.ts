import type { UpstreamRange } from '../../contract/openpanel-common.ts';
import { resolveRangeWindow, type RangeWindow } from '../time/range-window.ts';
import { isoToWallClock } from './iso-wall-clock.ts';

export interface ChartWindowInput {
  range: UpstreamRange;
  startDate?: string | null;
  endDate?: string | null;
}

/**
 * The current window of a chart (shared/openpanel-api.md §5.2): wall-clock strings in `tz`, inclusive.
 * - both dates: they win and `range` is ignored;
 * - only `endDate`: the start comes from `range`;
 * - only `startDate`: it is ignored entirely (so even an unparseable one is harmless).
 * Empty strings count as absent, as the controller tests truthiness. Self-hosted servers never clamp the
 * end to a subscription date, and neither do we.
 */
export function resolveChartWindow(input: ChartWindowInput, tz: string, now: Date): RangeWindow {
  const hasStart = !!input.startDate;
  const hasEnd = !!input.endDate;
  if (hasStart && hasEnd) {
    return {
      start: isoToWallClock(input.startDate!, tz, now),
      end: isoToWallClock(input.endDate!, tz, now),
    };
  }
  const fromRange = resolveRangeWindow(input.range, tz, now);
  if (hasEnd) return { start: fromRange.start, end: isoToWallClock(input.endDate!, tz, now) };
  return fromRange;
}

const naiveMs = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}Z`);
const naiveWall = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/**
 * The previous period (§5.7): D = end − start on the naive wall-clock times; when D in seconds is odd, the
 * server adds 1 ms (so `today` 00:00:00–23:59:59 maps onto yesterday exactly); both ends move back by D and
 * are formatted with the milliseconds truncated.
 */
export function previousChartWindow(window: RangeWindow): RangeWindow {
  const start = naiveMs(window.start);
  const end = naiveMs(window.end);
  let diff = end - start;
  if ((diff / 1000) % 2 !== 0) diff += 1;
  return { start: naiveWall(start - diff), end: naiveWall(end - diff) };
}
