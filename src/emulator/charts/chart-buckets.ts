import type { Interval } from '../../contract/openpanel-common.ts';
import type { RangeWindow } from '../time/range-window.ts';
import { formatWallClock, wallClockToInstant } from '../time/zone-offsets.ts';

/**
 * Buckets of shared/openpanel-api.md §5.3. Rows are bucketed on their local wall-clock time in the
 * organization's zone; DuckDB's `date_trunc('week', …)` starts weeks on Monday like ClickHouse's
 * `toStartOfWeek(x, 1)`.
 */
export function bucketSql(interval: Interval, localTime: string): string {
  return `date_trunc('${interval}', ${localTime})`;
}

const naive = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

/**
 * The `date` string ClickHouse renders for a bucket (§5.3 [CH]): a DateTime (`yyyy-MM-dd HH:mm:ss`) for
 * minute/hour/day, a Date (`yyyy-MM-dd`) for week/month — never ISO, never UTC. `bucket` is the naive local
 * time as DuckDB returns it (a Date whose UTC fields are the wall clock).
 */
export function bucketDateString(interval: Interval, bucket: Date): string {
  const text = naive(bucket);
  return interval === 'week' || interval === 'month' ? text.slice(0, 10) : text;
}

const DAY_MS = 86_400_000;
const naiveMs = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}Z`);

/** Start of the bucket holding a naive wall-clock time, as naive ms. */
function truncateNaive(interval: Interval, ms: number): number {
  switch (interval) {
    case 'minute':
      return Math.floor(ms / 60_000) * 60_000;
    case 'hour':
      return Math.floor(ms / 3_600_000) * 3_600_000;
    case 'day':
      return Math.floor(ms / DAY_MS) * DAY_MS;
    case 'week': {
      const day = Math.floor(ms / DAY_MS) * DAY_MS;
      return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
    }
    case 'month': {
      const d = new Date(ms);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    }
  }
}

function nextNaive(interval: Interval, ms: number): number {
  if (interval === 'week') return ms + 7 * DAY_MS;
  if (interval === 'day') return ms + DAY_MS;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * The dates ClickHouse's `WITH FILL FROM bucket(start) TO bucket(end)` adds (§5.3): the end bucket is
 * EXCLUDED, and nothing is filled unless end >= start. Minute and hour steps are real elapsed time (the
 * fill steps a DateTime instant), so a spring-forward hour that never happened is not invented; day, week
 * and month steps are calendar steps in the zone.
 */
export function filledBucketDates(window: RangeWindow, interval: Interval, tz: string): string[] {
  const startMs = naiveMs(window.start);
  const endMs = naiveMs(window.end);
  if (!(endMs >= startMs)) return [];
  const from = truncateNaive(interval, startMs);
  const to = truncateNaive(interval, endMs);
  const dates: string[] = [];
  if (interval === 'minute' || interval === 'hour') {
    const step = interval === 'minute' ? 60_000 : 3_600_000;
    const toInstant = wallClockToInstant(naive(new Date(to)), tz).getTime();
    for (
      let t = wallClockToInstant(naive(new Date(from)), tz).getTime();
      t < toInstant;
      t += step
    ) {
      const local = naiveMs(formatWallClock(new Date(t), tz));
      dates.push(bucketDateString(interval, new Date(truncateNaive(interval, local))));
    }
    return [...new Set(dates)];
  }
  for (let t = from; t < to; t = nextNaive(interval, t)) {
    dates.push(bucketDateString(interval, new Date(t)));
  }
  return dates;
}
