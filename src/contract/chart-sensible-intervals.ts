import type { BffRange } from './bff-api.ts';
import type { Interval } from './openpanel-common.ts';

export interface SensibleIntervals {
  /** The intervals the picker offers for this window, finest first; always includes `default`. */
  allowed: Interval[];
  /** What the chart uses when the URL names no interval. */
  default: Interval;
}

const ORDER: Interval[] = ['minute', 'hour', 'day', 'week', 'month'];
const MINUTES: Record<Interval, number> = {
  minute: 1,
  hour: 60,
  day: 1440,
  week: 7 * 1440,
  month: 30.44 * 1440,
};
const DAY = 1440;

/**
 * How long each named window is, in minutes, as the upstream computes it (§5.2: `7d` is 8 days because it
 * ends tomorrow 00:00, `12m` spans 13 calendar months). Windows that depend on today (`monthToDate`,
 * `yearToDate`) use their longest length, so the offer does not change from one day to the next.
 * `all_time` starts at an earliest date the BFF knows; a few years is the assumption here.
 */
const SPAN_MINUTES: Record<BffRange, number> = {
  '30min': 31,
  lastHour: 61,
  last24h: DAY + 1,
  today: DAY,
  yesterday: DAY,
  '7d': 8 * DAY,
  '30d': 31 * DAY,
  '3m': 92 * DAY,
  '6m': 184 * DAY,
  '12m': 396 * DAY,
  monthToDate: 31 * DAY,
  lastMonth: 31 * DAY,
  yearToDate: 366 * DAY,
  lastYear: 365 * DAY,
  custom: 31 * DAY,
  last_7_days: 8 * DAY,
  last_30_days: 31 * DAY,
  this_month: 31 * DAY,
  last_month: 31 * DAY,
  this_year: 366 * DAY,
  last_year: 365 * DAY,
  all_time: 3 * 365 * DAY,
};

/**
 * OpenPanel's UI defaults (openpanel-api.md §5.3), since the API never adjusts the interval itself.
 * The seed names follow the upstream window they map to. `custom` without dates IS the 30-day window
 * upstream (§5.2), so it gets that window's `day` rather than the table's catch-all `month`, which would
 * draw one or two points.
 */
function defaultForRange(range: BffRange): Interval {
  switch (range) {
    case '30min':
    case 'lastHour':
      return 'minute';
    case 'today':
    case 'yesterday':
    case 'last24h':
      return 'hour';
    case '7d':
    case '30d':
    case '3m':
    case 'monthToDate':
    case 'lastMonth':
    case 'custom':
    case 'last_7_days':
    case 'last_30_days':
    case 'this_month':
    case 'last_month':
      return 'day';
    case '6m':
      return 'week';
    default:
      return 'month';
  }
}

/** Calendar days from `from` to `to` (`yyyy-MM-dd`), like date-fns `differenceInDays`; NaN if unreadable. */
function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** §5.3 for explicit dates, as OpenPanel's `getDefaultIntervalByDates`: same day, ≤ 92, ≤ 186, longer. */
function defaultForDays(days: number): Interval {
  if (days < 1) return 'hour';
  if (days <= 92) return 'day';
  if (days <= 186) return 'week';
  return 'month';
}

/** Fewer than 2 points is not a trend; more than 800 makes a line unreadable (a pixel or less apiece). */
const MIN_POINTS = 2;
const MAX_POINTS = 800;

/**
 * The default interval for a window and the intervals worth offering: the default plus its direct
 * neighbours when they give a sane number of points (so never `minute` over 30 days, never `month` over a
 * week). `from`/`to` (inclusive `yyyy-MM-dd` days) override `range` when both are given.
 */
export function sensibleIntervals(range: BffRange, from?: string, to?: string): SensibleIntervals {
  const days = from !== undefined && to !== undefined ? daysBetween(from, to) : Number.NaN;
  const explicit = Number.isFinite(days) && days >= 0;
  const def = explicit ? defaultForDays(days) : defaultForRange(range);
  const span = explicit ? (days + 1) * DAY : SPAN_MINUTES[range];
  const at = ORDER.indexOf(def);
  const allowed = ORDER.filter((interval, index) => {
    if (index === at) return true;
    if (Math.abs(index - at) !== 1) return false;
    const points = span / MINUTES[interval];
    return points >= MIN_POINTS && points <= MAX_POINTS;
  });
  return { allowed, default: def };
}

/** The interval a view draws with: its own, or its window's default when the URL names none. */
export function effectiveInterval(view: {
  range: BffRange;
  from?: string;
  to?: string;
  interval?: Interval;
}): Interval {
  return view.interval ?? sensibleIntervals(view.range, view.from, view.to).default;
}
