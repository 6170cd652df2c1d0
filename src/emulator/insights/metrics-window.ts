import type { MetricsInterval } from '../../contract/openpanel-insights-metrics.ts';
import type { UpstreamRange } from '../../contract/openpanel-common.ts';
import { parseServerDate } from '../funnel/parse-server-date.ts';
import { resolveRangeWindow } from '../time/range-window.ts';
import { wallClockToInstant } from '../time/zone-offsets.ts';

export interface MetricsDateInput {
  range: UpstreamRange;
  startDate?: string | null;
  endDate?: string | null;
}

/** The inclusive window as tz wall-clock strings, the UTC instants they name, and the chosen interval. */
export interface MetricsWindow {
  start: string;
  end: string;
  startUtc: Date;
  endUtc: Date;
  interval: MetricsInterval;
}

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** §9.6: a bare date means the whole day — 00:00:00 for the start, 23:59:59 for the end. */
const normalize = (value: string, boundary: 'start' | 'end') =>
  DATE_ONLY.test(value) ? `${value} ${boundary === 'start' ? '00:00:00' : '23:59:59'}` : value;

/**
 * `new Date(x)` in the UTC server, formatted as `yyyy-MM-dd HH:mm:ss` of its UTC wall clock — which the SQL
 * then reads in the organization's zone, so an explicit offset is effectively lost (§9.6). Unparseable
 * values (the string "null" included) throw, i.e. a plain-text 500.
 */
function parseBoundary(value: string): { wall: string; date: Date } {
  const date = parseServerDate(value);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid date: ${value}`);
  return { wall: date.toISOString().slice(0, 19).replace('T', ' '), date };
}

/**
 * date-fns `getDefaultIntervalByDates` on the raw strings in a UTC process: the same UTC calendar day →
 * hour; otherwise whole days apart (`differenceInDays` truncates toward zero) ≤ 92 → day, ≤ 186 → week,
 * else month (§9.6 "Interval").
 */
export function metricsInterval(start: Date, end: Date): MetricsInterval {
  if (start.toISOString().slice(0, 10) === end.toISOString().slice(0, 10)) return 'hour';
  const days = Math.trunc((end.getTime() - start.getTime()) / DAY_MS);
  if (days <= 92) return 'day';
  if (days <= 186) return 'week';
  return 'month';
}

/**
 * §9.6 "Dates": both dates → both used, range ignored; only endDate → range start plus that end; a lone
 * startDate is ignored (empty strings count as absent, like upstream's truthiness checks).
 */
export function resolveMetricsWindow(
  input: MetricsDateInput,
  tz: string,
  now: Date,
): MetricsWindow {
  const start = input.startDate ? normalize(input.startDate, 'start') : undefined;
  const end = input.endDate ? normalize(input.endDate, 'end') : undefined;
  let rawStart: string;
  let rawEnd: string;
  if (start && end) {
    rawStart = start;
    rawEnd = end;
  } else {
    const window = resolveRangeWindow(input.range, tz, now);
    rawStart = window.start;
    rawEnd = end ?? window.end;
  }
  const from = parseBoundary(rawStart);
  const to = parseBoundary(rawEnd);
  return {
    start: from.wall,
    end: to.wall,
    startUtc: wallClockToInstant(from.wall, tz),
    endUtc: wallClockToInstant(to.wall, tz),
    interval: metricsInterval(from.date, to.date),
  };
}
