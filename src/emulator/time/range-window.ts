import type { UpstreamRange } from '../../contract/openpanel-common.ts';
import { formatWallClock } from './zone-offsets.ts';

/** A window as the server builds it: naive wall-clock strings `yyyy-MM-dd HH:mm:ss` in the org's zone. */
export interface RangeWindow {
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const wall = (y: number, m: number, d: number, time = '00:00:00') =>
  `${pad(y, 4)}-${pad(m)}-${pad(d)} ${time}`;

/** Calendar fields of a wall-clock string. */
function fields(wallClock: string) {
  const [y, m, d] = wallClock.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** Adds days to a calendar date (no zone involved: pure calendar arithmetic). */
function plusDays(y: number, m: number, d: number, days: number) {
  const date = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * luxon's `minus({ month: n })` in UTC (the API runs with TZ=UTC): calendar months back, the day clamped
 * to the target month's length, the time of day kept.
 */
function minusMonthsUtc(instant: Date, months: number): Date {
  const y = instant.getUTCFullYear();
  const targetMonth = instant.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(instant.getUTCDate(), lastDay);
  const timeOfDay = instant.getTime() % DAY_MS;
  return new Date(Date.UTC(y, targetMonth, day) + timeOfDay);
}

const startOfMinuteUtc = (instant: Date) =>
  new Date(Math.floor(instant.getTime() / 60_000) * 60_000);

/** Local date (in tz) of an instant, as calendar fields. */
const localDate = (instant: Date, tz: string) => fields(formatWallClock(instant, tz));

/**
 * The range table of shared/openpanel-api.md §5.2, as the server computes it: "minus N" steps are taken
 * in UTC, the result is moved into the organization's zone, then cut to the start of its day/month/year.
 * Ends of the form "end of day + 1 ms" come out as the next day's 00:00:00, which is why `7d` spans 8 days.
 */
export function resolveRangeWindow(range: UpstreamRange, tz: string, now: Date): RangeWindow {
  const today = localDate(now, tz);
  const tomorrow = plusDays(today.y, today.m, today.d, 1);
  const tomorrowStart = wall(tomorrow.y, tomorrow.m, tomorrow.d);
  const endOfThisMinute = `${formatWallClock(now, tz).slice(0, 16)}:59`;
  const daysBack = (days: number) => {
    const { y, m, d } = localDate(new Date(now.getTime() - days * DAY_MS), tz);
    return wall(y, m, d);
  };

  switch (range) {
    case '30min':
    case 'lastHour':
    case 'last24h': {
      const minutes = range === '30min' ? 30 : range === 'lastHour' ? 60 : 24 * 60;
      const start = startOfMinuteUtc(new Date(now.getTime() - minutes * 60_000));
      return { start: formatWallClock(start, tz), end: endOfThisMinute };
    }
    case 'today':
      return {
        start: wall(today.y, today.m, today.d),
        end: wall(today.y, today.m, today.d, '23:59:59'),
      };
    case 'yesterday': {
      const { y, m, d } = localDate(new Date(now.getTime() - DAY_MS), tz);
      return { start: wall(y, m, d), end: wall(y, m, d, '23:59:59') };
    }
    case '7d':
      return { start: daysBack(7), end: tomorrowStart };
    case '3m':
    case '6m': {
      const { y, m, d } = localDate(minusMonthsUtc(now, range === '3m' ? 3 : 6), tz);
      return { start: wall(y, m, d), end: tomorrowStart };
    }
    case '12m': {
      const { y, m } = localDate(minusMonthsUtc(now, 12), tz);
      const next = today.m === 12 ? { y: today.y + 1, m: 1 } : { y: today.y, m: today.m + 1 };
      return { start: wall(y, m, 1), end: wall(next.y, next.m, 1) };
    }
    case 'monthToDate':
      return { start: wall(today.y, today.m, 1), end: tomorrowStart };
    case 'lastMonth': {
      const { y, m } = localDate(minusMonthsUtc(now, 1), tz);
      const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
      return { start: wall(y, m, 1), end: wall(next.y, next.m, 1) };
    }
    case 'yearToDate':
      return { start: wall(today.y, 1, 1), end: tomorrowStart };
    case 'lastYear': {
      const { y } = localDate(minusMonthsUtc(now, 12), tz);
      return { start: wall(y, 1, 1), end: wall(y, 12, 31, '23:59:59') };
    }
    case '30d':
    case 'custom':
      return { start: daysBack(30), end: tomorrowStart };
  }
}
