import { TZDate } from '@date-fns/tz';
import type { ChartsResponse } from '../../contract/openpanel-charts.ts';
import type { Interval } from '../../contract/openpanel-common.ts';

/** A half-open `[start, end)` span of instants, epoch ms. */
export interface InstantWindow {
  start: number;
  end: number;
}

const BUCKET_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;

/**
 * A bucket date as the upstream renders it: wall clock in the organization's zone, `yyyy-MM-dd HH:mm:ss`
 * for minute/hour/day and a bare `yyyy-MM-dd` for week/month (§5.3). Neither ISO nor UTC.
 */
function bucketParts(date: string): [number, number, number, number, number, number] {
  const m = BUCKET_DATE.exec(date);
  if (!m) throw new Error(`not a bucket date: ${date}`);
  return [
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  ];
}

/**
 * Where the bucket that starts at `date` ends. Minutes and hours are fixed spans of real time; days, weeks
 * and months are calendar steps in `tz`, so a day across a DST change lasts 23 or 25 hours.
 */
function bucketEnd(date: string, interval: Interval, tz: string): number {
  const [y, mo, d, h, mi, s] = bucketParts(date);
  const start = new TZDate(y, mo, d, h, mi, s, tz).getTime();
  switch (interval) {
    case 'minute':
      return start + 60_000;
    case 'hour':
      return start + 3_600_000;
    case 'day':
      return new TZDate(y, mo, d + 1, 0, 0, 0, tz).getTime();
    case 'week':
      return new TZDate(y, mo, d + 7, 0, 0, 0, tz).getTime();
    case 'month':
      return new TZDate(y, mo + 1, 1, 0, 0, 0, tz).getTime();
  }
}

/**
 * What a chart answer draws on its time axis: from the start of its first bucket to the end of its last
 * one, over every series (each definition is filled on its own, so one may hold a bucket the others lack,
 * §5.3). `null` when there is nothing to draw: a series without events is left out entirely (§5.3).
 */
export function chartReferenceWindow(
  answer: Pick<ChartsResponse, 'series'>,
  interval: Interval,
  tz: string,
): InstantWindow | null {
  // Within one answer every date has the same spelling, so string order is time order.
  const dates = answer.series.flatMap((series) => series.data.map((point) => point.date)).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return null;
  const [y, mo, d, h, mi, s] = bucketParts(first);
  return {
    start: new TZDate(y, mo, d, h, mi, s, tz).getTime(),
    end: bucketEnd(last, interval, tz),
  };
}

/** The references dated inside the window, in their original order. */
export function referencesInWindow<T extends { date: string }>(
  references: readonly T[],
  window: InstantWindow | null,
): T[] {
  if (window === null) return [];
  return references.filter((reference) => {
    const at = Date.parse(reference.date);
    return at >= window.start && at < window.end;
  });
}
