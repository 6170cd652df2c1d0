import { TZDate } from '@date-fns/tz';
import { format, startOfWeek } from 'date-fns';
import type { Interval } from '../../../contract/openpanel-common.ts';
import type { Reference } from '../../../contract/bff-api.ts';

export interface ReferenceBucket {
  /** The chart point's `date`, exactly as the chart API wrote it. */
  date: string;
  references: Reference[];
}

/**
 * The chart bucket a reference falls in. Chart dates are wall-clock strings in the ORGANIZATION's time zone
 * (openpanel-api.md §5.3), not UTC and not the browser's zone, so the reference's instant is converted to
 * that zone first. Day/hour/minute buckets read `yyyy-MM-dd HH:mm:ss`; week (Monday) and month buckets are
 * a bare `yyyy-MM-dd`.
 */
export function bucketOfInstant(iso: string, interval: Interval, timeZone: string): string {
  const local = new TZDate(new Date(iso).getTime(), timeZone);
  switch (interval) {
    case 'minute':
      return format(local, 'yyyy-MM-dd HH:mm:00');
    case 'hour':
      return format(local, 'yyyy-MM-dd HH:00:00');
    case 'day':
      return format(local, 'yyyy-MM-dd 00:00:00');
    case 'week':
      return format(startOfWeek(local, { weekStartsOn: 1 }), 'yyyy-MM-dd');
    case 'month':
      return format(local, 'yyyy-MM-01');
  }
}

/**
 * Groups references by the chart bucket they fall in, keeping only buckets the chart shows (a marker on
 * a missing x value would not be drawn). Buckets come out in chart order; references in date order.
 */
export function referencesInBuckets(
  references: readonly Reference[],
  bucketDates: readonly string[],
  interval: Interval,
  timeZone: string,
): ReferenceBucket[] {
  const byDate = new Map<string, Reference[]>();
  const sorted = [...references].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  for (const reference of sorted) {
    if (Number.isNaN(Date.parse(reference.date))) continue;
    const date = bucketOfInstant(reference.date, interval, timeZone);
    byDate.set(date, [...(byDate.get(date) ?? []), reference]);
  }
  return bucketDates.flatMap((date) => {
    const inBucket = byDate.get(date);
    return inBucket ? [{ date, references: inBucket }] : [];
  });
}
