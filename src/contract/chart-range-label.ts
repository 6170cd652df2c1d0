import type { BffRange } from './bff-api.ts';
import type { Interval } from './openpanel-common.ts';

/**
 * What people read for a range name. The seed names (`last_7_days`) and their upstream equivalents (`7d`)
 * read the same because they are the same window (the BFF maps one onto the other, §5.2). `custom` without
 * dates is the upstream's 30-day window (§5.2), so it says so.
 */
const RANGE_LABELS: Record<BffRange, string> = {
  '30min': 'Last 30 minutes',
  lastHour: 'Last hour',
  last24h: 'Last 24 hours',
  today: 'Today',
  yesterday: 'Yesterday',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '3m': 'Last 3 months',
  '6m': 'Last 6 months',
  '12m': 'Last 12 months',
  monthToDate: 'This month',
  lastMonth: 'Last month',
  yearToDate: 'This year',
  lastYear: 'Last year',
  custom: 'Custom (last 30 days)',
  last_7_days: 'Last 7 days',
  last_30_days: 'Last 30 days',
  this_month: 'This month',
  last_month: 'Last month',
  this_year: 'This year',
  last_year: 'Last year',
  all_time: 'All time',
};

const INTERVAL_LABELS: Record<Interval, string> = {
  minute: 'Minute',
  hour: 'Hour',
  day: 'Day',
  week: 'Week',
  month: 'Month',
};

export function chartRangeLabel(range: BffRange): string {
  return RANGE_LABELS[range];
}

export function chartIntervalLabel(interval: Interval): string {
  return INTERVAL_LABELS[interval];
}
