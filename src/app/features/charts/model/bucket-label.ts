import type { Interval } from '../../../../contract/openpanel-common.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A readable label for a chart bucket. The bucket is a wall-clock string in the organization's zone
 * (`yyyy-MM-dd HH:mm:ss`, or `yyyy-MM-dd` for week/month, §5.3), so it is read from the text itself, never
 * through `Date`, which would shift it into the browser's zone. `withYear` is for charts spanning years.
 */
export function bucketLabel(date: string, interval: Interval, withYear = false): string {
  const year = date.slice(0, 4);
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
  const day = `${month} ${Number(date.slice(8, 10))}${withYear ? `, ${year}` : ''}`;
  switch (interval) {
    case 'minute':
    case 'hour':
      return `${day}, ${date.slice(11, 16)}`;
    case 'day':
      return day;
    case 'week':
      return `Week of ${day}`;
    case 'month':
      return `${month} ${year}`;
  }
}
