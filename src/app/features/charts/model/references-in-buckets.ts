import { TZDate } from '@date-fns/tz';
import type { Interval } from '../../../../contract/openpanel-common.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The chart bucket (the `date` string the upstream writes, §5.3) that an instant falls in. Buckets are
 * wall-clock times in the ORGANIZATION's zone, never UTC and never the browser's zone, so the instant is
 * read in that zone first: `2026-03-08T06:30:00Z` is 22:30 on 7 March in Los Angeles, so its day bucket is
 * `2026-03-07 00:00:00`. Week buckets start on Monday and, like month buckets, are a bare `yyyy-MM-dd`.
 * Returns null for text that is not an instant.
 */
export function bucketOfInstant(iso: string, interval: Interval, timeZone: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const local = new TZDate(ms, timeZone);
  const [y, m, d] = [local.getFullYear(), local.getMonth() + 1, local.getDate()];
  const day = `${y}-${pad(m)}-${pad(d)}`;
  switch (interval) {
    case 'minute':
      return `${day} ${pad(local.getHours())}:${pad(local.getMinutes())}:00`;
    case 'hour':
      return `${day} ${pad(local.getHours())}:00:00`;
    case 'day':
      return `${day} 00:00:00`;
    case 'week': {
      // Calendar arithmetic on the local DAY (in UTC, where every day has 24 h), not on the instant.
      const calendar = new Date(Date.UTC(y, m - 1, d));
      const sinceMonday = (calendar.getUTCDay() + 6) % 7;
      calendar.setUTCDate(calendar.getUTCDate() - sinceMonday);
      return calendar.toISOString().slice(0, 10);
    }
    case 'month':
      return `${y}-${pad(m)}-01`;
  }
}

export interface ReferencesInBucket<R> {
  /** The bucket's `date`, exactly as the chart's data points spell it. */
  date: string;
  /** The references in it, earliest first. */
  references: R[];
}

/**
 * Groups references (anything with a UTC ISO `date`) by the chart bucket they fall in, keeping only the
 * buckets the chart shows: a marker on an x value the chart does not have would not be drawn, so references
 * outside the visible buckets are left out. Buckets come out in the chart's order.
 */
export function referencesInBuckets<R extends { date: string }>(
  references: readonly R[],
  bucketDates: readonly string[],
  interval: Interval,
  timeZone: string,
): ReferencesInBucket<R>[] {
  const visible = new Set(bucketDates);
  const byBucket = new Map<string, R[]>();
  const sorted = references
    .filter((reference) => !Number.isNaN(Date.parse(reference.date)))
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  for (const reference of sorted) {
    const bucket = bucketOfInstant(reference.date, interval, timeZone);
    if (bucket === null || !visible.has(bucket)) continue;
    byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), reference]);
  }
  return bucketDates.flatMap((date) => {
    const inBucket = byBucket.get(date);
    return inBucket ? [{ date, references: inBucket }] : [];
  });
}
