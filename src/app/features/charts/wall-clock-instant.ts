import { TZDate } from '@date-fns/tz';

/**
 * The UTC instant (ISO, `Z`) of a wall-clock time in `timeZone`. Chart buckets (`yyyy-MM-dd HH:mm:ss`, or
 * `yyyy-MM-dd` for week/month, §5.3) and `datetime-local` inputs (`yyyy-MM-ddTHH:mm`) are wall-clock
 * times in the ORGANIZATION's zone, so the browser's own zone must never be used to read them.
 * Returns null for text that is not such a time.
 */
export function wallClockInstant(wallClock: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(wallClock);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const local = new TZDate(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    timeZone,
  );
  const time = local.getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** `2026-11-04 13:00:00` or `2026-11-04` → `2026-11-04T13:00` (the value a datetime-local input takes). */
export function bucketToLocalInput(bucket: string): string {
  const date = bucket.slice(0, 10);
  const time = bucket.length >= 16 ? bucket.slice(11, 16) : '00:00';
  return `${date}T${time}`;
}
