import type { BffRange, SeedRange } from '../../contract/bff-api.ts';
import type { Interval, UpstreamRange } from '../../contract/openpanel-common.ts';

/**
 * The seed docs' range names mapped to the 15 the server accepts (§5.2, §11 #9: `last_7_days` is a 400).
 * `7d`/`30d` include today, so "last 7 days" spans 8 calendar days, like OpenPanel's own UI.
 * `all_time` has no upstream name; it becomes explicit dates from ALL_TIME_START.
 */
const SEED_TO_UPSTREAM: Record<Exclude<SeedRange, 'all_time'>, UpstreamRange> = {
  today: 'today',
  yesterday: 'yesterday',
  last_7_days: '7d',
  last_30_days: '30d',
  this_month: 'monthToDate',
  last_month: 'lastMonth',
  this_year: 'yearToDate',
  last_year: 'lastYear',
};

/** Earlier than any OpenPanel data (the product launched in 2024), late enough to keep month charts short. */
export const ALL_TIME_START = '2020-01-01';

export function upstreamRangeOf(range: BffRange): UpstreamRange | 'all_time' {
  if (range === 'all_time') return 'all_time';
  return range in SEED_TO_UPSTREAM
    ? SEED_TO_UPSTREAM[range as keyof typeof SEED_TO_UPSTREAM]
    : (range as UpstreamRange);
}

/** OpenPanel's own UI defaults (§5.3), since the API never adjusts the interval to the range. */
export function defaultIntervalForRange(range: UpstreamRange | 'all_time'): Interval {
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
      return 'day';
    case '6m':
      return 'week';
    default:
      return 'month';
  }
}

/** §5.3 for explicit dates: the same day → hour, ≤ 92 days → day, ≤ 186 → week, longer → month. */
export function defaultIntervalForDays(days: number): Interval {
  if (days <= 0) return 'hour';
  if (days <= 92) return 'day';
  if (days <= 186) return 'week';
  return 'month';
}
