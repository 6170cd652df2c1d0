import type { BffRange } from '../../../contract/bff-api.ts';

/** The result of `[` / `]`: the explicit days to show, or why the window stays where it is. */
export type ChartWindowShift = { from: string; to: string } | { blocked: string };

/**
 * A window as inclusive calendar days plus how one "period" of it is measured: whole calendar months
 * (month-based presets and explicit whole months) or a number of days.
 */
interface DayWindow {
  from: string;
  to: string;
  months?: number;
}

/** `yyyy-MM-dd` ↔ a day number. UTC arithmetic on dates only: no clock, so DST can never shift a day. */
function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}
function dayText(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}
function addDays(day: string, days: number): string {
  return dayText(dayNumber(day) + days);
}
function parts(day: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return [y, m, d];
}
/** The first day of the month `months` after (or before) `day`'s month. */
function monthStart(day: string, months = 0): string {
  const [y, m] = parts(day);
  return dayText(Date.UTC(y, m - 1 + months, 1) / 86_400_000);
}
function monthEnd(day: string, months = 0): string {
  return addDays(monthStart(day, months + 1), -1);
}
/** `day` minus whole months, clamped to the end of a shorter month (Luxon's `minus({ months })`, §5.2). */
function minusMonths(day: string, months: number): string {
  const [, , d] = parts(day);
  const first = monthStart(day, -months);
  const last = parts(monthEnd(first))[2];
  return addDays(first, Math.min(d, last) - 1);
}
function monthsFrom(from: string, to: string): number {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Today's date on the organization's wall clock (sv-SE formats as ISO); `nowMs` is the real instant. */
export function todayInZone(nowMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(nowMs);
}

/**
 * The days a named range covers today, after openpanel-api.md §5.2 (`7d` is today plus the 7 days before
 * it, `12m` runs to the end of this month because the upstream ends it on the first of next month).
 * Month-based ranges are measured in calendar months, so their "previous period" is the previous whole
 * calendar month(s): "this month" and "last month" both step to the month before, "this year" to the
 * whole previous year. Windows shorter than a day and "all time" have no day-sized period.
 */
function presetWindow(range: BffRange, today: string): DayWindow | string {
  switch (range) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday':
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case '7d':
    case 'last_7_days':
      return { from: addDays(today, -7), to: today };
    case '30d':
    case 'last_30_days':
    case 'custom':
      return { from: addDays(today, -30), to: today };
    case '3m':
      return { from: minusMonths(today, 3), to: today };
    case '6m':
      return { from: minusMonths(today, 6), to: today };
    case '12m':
      return { from: monthStart(today, -12), to: monthEnd(today), months: 13 };
    case 'monthToDate':
    case 'this_month':
      return { from: monthStart(today), to: today, months: 1 };
    case 'lastMonth':
    case 'last_month':
      return { from: monthStart(today, -1), to: monthEnd(today, -1), months: 1 };
    case 'yearToDate':
    case 'this_year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today, months: 12 };
    case 'lastYear':
    case 'last_year':
      return {
        from: `${parts(today)[0] - 1}-01-01`,
        to: `${parts(today)[0] - 1}-12-31`,
        months: 12,
      };
    case 'all_time':
      return 'All time has no previous or next period.';
    default:
      return 'Windows shorter than a day cannot be moved by a period; choose days first.';
  }
}

/**
 * Explicit days move by their length in days, except whole calendar months (from the 1st to a month's
 * last day, or to today for a month in progress), which move by months so that a month stays a month
 * (October → September, not → 1–30 September by accident of October's 31 days).
 */
function explicitWindow(from: string, to: string, today: string): DayWindow {
  const wholeMonths = parts(from)[2] === 1 && (to === monthEnd(to) || to === today);
  return wholeMonths ? { from, to, months: monthsFrom(from, to) } : { from, to };
}

/**
 * `[` (direction −1) / `]` (+1): the window of equal length before or after the one shown, as explicit
 * inclusive days in the organization's zone (`today` is today there: `todayInZone`).
 * A step forward never passes today: a window that already reaches today stays (blocked, with a reason);
 * one that would end after today ends today instead (a day window keeps its length, a month window
 * becomes that month to date).
 */
export function shiftChartWindow(
  view: { range: BffRange; from?: string | undefined; to?: string | undefined },
  direction: -1 | 1,
  today: string,
): ChartWindowShift {
  const window =
    view.from !== undefined && view.to !== undefined
      ? explicitWindow(view.from, view.to, today)
      : presetWindow(view.range, today);
  if (typeof window === 'string') return { blocked: window };
  if (direction === 1 && window.to >= today) {
    return { blocked: 'This window already ends today; there is no next period yet.' };
  }
  if (window.months !== undefined) {
    const from = monthStart(window.from, direction * window.months);
    const to = monthEnd(from, window.months - 1);
    return { from, to: to > today ? today : to };
  }
  const days = dayNumber(window.to) - dayNumber(window.from) + 1;
  const to = addDays(window.to, direction * days);
  if (to > today) return { from: addDays(today, 1 - days), to: today };
  return { from: addDays(window.from, direction * days), to };
}
