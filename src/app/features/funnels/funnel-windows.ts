import { TZDate } from '@date-fns/tz';
import type { BffRange } from '../../../contract/bff-api.ts';

/**
 * Time windows of a funnel, as half-open `[start, end)` instants in epoch ms. The upstream keeps both ends
 * inclusive at second precision (§5.2), so a window is sent as `start … end − 1 s`; ranges that the server
 * ends at "tomorrow 00:00:00" (7d, 30d, …) are taken to end just before that midnight, which only drops
 * events stamped exactly at 00:00:00.000 of tomorrow (none exist yet: it is in the future).
 */
export interface FunnelWindow {
  start: number;
  end: number;
}

const MINUTE = 60_000;
/** Matches the BFF's `all_time` start (earlier than any OpenPanel data). */
const ALL_TIME_START = [2020, 0, 1] as const;

/** The instant of a wall-clock time in `tz`; day/month overflow rolls over like `Date` does. */
function wall(tz: string, y: number, mo: number, d: number, h = 0, mi = 0): number {
  return new TZDate(y, mo, d, h, mi, 0, tz).getTime();
}

function wallParts(ms: number, tz: string) {
  const t = new TZDate(ms, tz);
  return {
    y: t.getFullYear(),
    mo: t.getMonth(),
    d: t.getDate(),
    h: t.getHours(),
    mi: t.getMinutes(),
    s: t.getSeconds(),
  };
}

/** Minute ranges: (now − n min) rounded down … the end of the current minute (§5.2). */
function minutesBack(now: number, minutes: number): FunnelWindow {
  const floor = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;
  return { start: floor(now - minutes * MINUTE), end: floor(now) + MINUTE };
}

/** The window the upstream resolves a range name to (§5.2, seed names mapped as the BFF maps them). */
export function rangeWindow(range: BffRange, now: number, tz: string): FunnelWindow {
  const { y, mo, d } = wallParts(now, tz);
  const day = (offset: number) => wall(tz, y, mo, d + offset);
  const tomorrow = day(1);
  switch (range) {
    case '30min':
      return minutesBack(now, 30);
    case 'lastHour':
      return minutesBack(now, 60);
    case 'last24h':
      return minutesBack(now, 24 * 60);
    case 'today':
      return { start: day(0), end: tomorrow };
    case 'yesterday':
      return { start: day(-1), end: day(0) };
    case '7d':
    case 'last_7_days':
      return { start: day(-7), end: tomorrow };
    case '3m':
      return { start: wall(tz, y, mo - 3, d), end: tomorrow };
    case '6m':
      return { start: wall(tz, y, mo - 6, d), end: tomorrow };
    case '12m':
      return { start: wall(tz, y, mo - 12, 1), end: wall(tz, y, mo + 1, 1) };
    case 'monthToDate':
    case 'this_month':
      return { start: wall(tz, y, mo, 1), end: tomorrow };
    case 'lastMonth':
    case 'last_month':
      return { start: wall(tz, y, mo - 1, 1), end: wall(tz, y, mo, 1) };
    case 'yearToDate':
    case 'this_year':
      return { start: wall(tz, y, 0, 1), end: tomorrow };
    case 'lastYear':
    case 'last_year':
      return { start: wall(tz, y - 1, 0, 1), end: wall(tz, y, 0, 1) };
    case 'all_time':
      return { start: wall(tz, ...ALL_TIME_START), end: tomorrow };
    default:
      // 30d, last_30_days, and `custom` (which the server treats as 30d).
      return { start: day(-30), end: tomorrow };
  }
}

/** `2026-11-10` or `2026-11-10T08:00[:00]` (org wall clock) → instant; a bare `to` day is included whole. */
export function dateBoundary(value: string, tz: string, end: boolean): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!m) return Number.NaN;
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(value) && m[4] !== undefined) {
    return Date.parse(value) + (end ? 1000 : 0);
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  if (m[4] === undefined) return wall(tz, y, mo, d + (end ? 1 : 0));
  return wall(tz, y, mo, d, Number(m[4]), Number(m[5])) + (end ? MINUTE : 0);
}

/** The current window of the page's state: explicit `from`/`to` when both are given, else the range. */
export function stateWindow(
  state: { range: BffRange; from?: string | undefined; to?: string | undefined },
  now: number,
  tz: string,
): FunnelWindow {
  if (state.from !== undefined && state.to !== undefined) {
    return { start: dateBoundary(state.from, tz, false), end: dateBoundary(state.to, tz, true) };
  }
  return rangeWindow(state.range, now, tz);
}

/** Whole calendar days in `tz` when both ends are local midnights, else null. */
function wholeDays(window: FunnelWindow, tz: string): number | null {
  const a = wallParts(window.start, tz);
  const b = wallParts(window.end, tz);
  if (a.h || a.mi || a.s || b.h || b.mi || b.s) return null;
  return Math.round((Date.UTC(b.y, b.mo, b.d) - Date.UTC(a.y, a.mo, a.d)) / 86_400_000);
}

/**
 * The previous window of equal length, ending where this one starts. Day-aligned windows move by calendar
 * days in the organization's zone, so a DST change inside them does not shift the previous window by an hour.
 */
export function previousWindow(window: FunnelWindow, tz: string): FunnelWindow {
  const days = wholeDays(window, tz);
  if (days !== null) {
    const { y, mo, d } = wallParts(window.start, tz);
    return { start: wall(tz, y, mo, d - days), end: window.start };
  }
  return { start: window.start - (window.end - window.start), end: window.start };
}

/**
 * The equal-length windows just before and just after a reference, both inside the funnel's window (the
 * shorter side sets the length, so neither half reaches into days the funnel does not cover). Null when
 * the reference is not strictly inside the window.
 */
export function splitWindows(
  window: FunnelWindow,
  at: number,
): { before: FunnelWindow; after: FunnelWindow } | null {
  const length = Math.min(at - window.start, window.end - at);
  if (!(length > 0)) return null;
  return { before: { start: at - length, end: at }, after: { start: at, end: at + length } };
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The BFF's explicit dates for a window: instants with `Z` (unambiguous across DST), inclusive end. */
export function windowDates(window: FunnelWindow): { startDate: string; endDate: string } {
  return { startDate: iso(window.start), endDate: iso(window.end - 1000) };
}
