import type { UpstreamRange } from '../../contract/openpanel-common.ts';
import { resolveRangeWindow } from '../time/range-window.ts';
import { wallClockToInstant } from '../time/zone-offsets.ts';
import { parseServerDate } from './parse-server-date.ts';

export interface FunnelDateInput {
  range?: UpstreamRange;
  startDate?: string;
  endDate?: string;
}

/** The funnel's inclusive window: the tz wall-clock strings the SQL uses, and the UTC instants they name. */
export interface FunnelWindow {
  start: string;
  end: string;
  startUtc: Date;
  endUtc: Date;
}

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `clix.datetime`: `new Date(x)` (TZ=UTC) → `yyyy-MM-dd HH:mm:ss` of its UTC wall clock; bad input → 500. */
function utcWallClock(value: string): string {
  const date = parseServerDate(value);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid date: ${value}`);
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * Which dates a funnel uses (shared/openpanel-api.md §7.2):
 * - `range` given and no `startDate`: the §5.2 range table in tz; an `endDate` alone replaces the end,
 *   and a date-only one means 23:59:59 of that day;
 * - otherwise `startDate` defaults to the UTC date 30 days ago and `endDate` to today's UTC date (so the end
 *   day, and by default today, is excluded), each read through `new Date()` as UTC wall-clock time.
 * Either way the resulting wall-clock strings are then read in the organization's zone, which is how an
 * explicit `+02:00` offset ends up effectively ignored.
 */
export function resolveFunnelWindow(input: FunnelDateInput, tz: string, now: Date): FunnelWindow {
  let start: string;
  let end: string;
  if (input.range && !input.startDate) {
    const window = resolveRangeWindow(input.range, tz, now);
    start = utcWallClock(window.start);
    const endDate = input.endDate;
    end = utcWallClock(
      endDate === undefined
        ? window.end
        : DATE_ONLY.test(endDate)
          ? `${endDate} 23:59:59`
          : endDate,
    );
  } else {
    const today = now.toISOString().slice(0, 10);
    const monthAgo = new Date(now.getTime() - 30 * DAY_MS).toISOString().slice(0, 10);
    start = utcWallClock(input.startDate ?? monthAgo);
    end = utcWallClock(input.endDate ?? today);
  }
  return {
    start,
    end,
    startUtc: wallClockToInstant(start, tz),
    endUtc: wallClockToInstant(end, tz),
  };
}
