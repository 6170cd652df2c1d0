import type { MetricsInterval } from '../../contract/openpanel-insights-metrics.ts';

/**
 * Bucketing for §9.6. Buckets are naive wall-clock strings `yyyy-MM-dd HH:mm:ss` in the organization's zone;
 * calendar arithmetic on them is done on Dates read as UTC, which involves no zone at all.
 */

/**
 * SQL for the bucket start of a local wall-clock TIMESTAMP expression, as `yyyy-MM-dd HH:mm:ss` text.
 * Weeks start on **Sunday** here (ClickHouse `toStartOfWeek` mode 0), unlike the charts' Monday weeks;
 * DuckDB's `date_trunc('week')` is ISO (Monday), hence the one-day shift.
 */
export function metricsBucketSql(localExpr: string, interval: MetricsInterval): string {
  const truncated =
    interval === 'week'
      ? `(date_trunc('week', ${localExpr} + INTERVAL 1 DAY) - INTERVAL 1 DAY)`
      : `date_trunc('${interval}', ${localExpr})`;
  return `strftime(${truncated}, '%Y-%m-%d %H:%M:%S')`;
}

const asUtc = (wall: string) => new Date(`${wall.replace(' ', 'T')}Z`);
const toWall = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

/** The bucket start of a wall-clock string (the JS twin of `metricsBucketSql`). */
export function bucketOf(wall: string, interval: MetricsInterval): string {
  const d = asUtc(wall);
  switch (interval) {
    case 'hour':
      return `${wall.slice(0, 13)}:00:00`;
    case 'day':
      return `${wall.slice(0, 10)} 00:00:00`;
    case 'week': {
      const sunday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
      sunday.setUTCDate(sunday.getUTCDate() - sunday.getUTCDay());
      return toWall(sunday);
    }
    case 'month':
      return `${wall.slice(0, 7)}-01 00:00:00`;
  }
}

function nextBucket(wall: string, interval: MetricsInterval): string {
  const d = asUtc(wall);
  if (interval === 'hour') d.setUTCHours(d.getUTCHours() + 1);
  else if (interval === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return toWall(d);
}

/**
 * The buckets `WITH FILL FROM bucket(start) TO end STEP 1 <interval>` generates: the end is **excluded**
 * (§9.6), and for week/month the server compares with `toDate(end)`, i.e. the end's day at 00:00.
 * So `7d` fills 8 days, `today`/hour 24 hours, `12m` 13 months and `lastYear` 12.
 */
export function fillBuckets(start: string, end: string, interval: MetricsInterval): string[] {
  const limit = interval === 'week' || interval === 'month' ? `${end.slice(0, 10)} 00:00:00` : end;
  const buckets: string[] = [];
  // Lexicographic order equals time order for this fixed-width format.
  for (let b = bucketOf(start, interval); b < limit; b = nextBucket(b, interval)) buckets.push(b);
  return buckets;
}

/** §9.6: `date` is the bucket's tz wall-clock time labelled as if it were UTC (`…T00:00:00.000Z`). */
export const bucketLabel = (wall: string) => `${wall.replace(' ', 'T')}.000Z`;
