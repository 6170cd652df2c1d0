import { TZDate } from '@date-fns/tz';

/**
 * Date conversions between what the SPA sends (days and wall-clock times in the organization's zone, or
 * instants with an offset) and the two spellings OpenPanel understands (§5.2 and §7.2).
 */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(value: string): [number, number, number, number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!m) throw new Error(`not a date: ${value}`);
  return [
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  ];
}

/** The instant of a wall-clock time in `tz` (a DST gap moves forward, as the upstream's luxon does). */
function wallToInstant(value: string, tz: string): number {
  const [y, mo, d, h, mi, s] = parts(value);
  return new TZDate(y, mo - 1, d, h, mi, s, tz).getTime();
}

/** A bare `yyyy-MM-dd` day, as opposed to a time or an instant. */
export function isBareDay(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** `yyyy-MM-ddTHH:mm:ss` wall clock in `tz` of an instant. */
export function wallClockOf(epochMs: number, tz: string): string {
  const t = new TZDate(epochMs, tz);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())}`;
}

/** `yyyy-MM-dd` of an instant in UTC: the unit of `/export/events`' date filter (§4.2). */
export function utcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Today's date (`yyyy-MM-dd`) in `tz`. */
export function todayIn(epochMs: number, tz: string): string {
  return wallClockOf(epochMs, tz).slice(0, 10);
}

/** A BFF date as an instant: a bare day means its first second in `tz`, a naive time is `tz` wall clock. */
export function startInstant(value: string, tz: string): number {
  if (HAS_OFFSET.test(value) && !DATE_ONLY.test(value)) return Date.parse(value);
  return wallToInstant(DATE_ONLY.test(value) ? `${value}T00:00:00` : value, tz);
}

/** Like startInstant, but a bare day means its LAST second in `tz`: the day is included. */
export function endInstant(value: string, tz: string): number {
  if (HAS_OFFSET.test(value) && !DATE_ONLY.test(value)) return Date.parse(value);
  return wallToInstant(DATE_ONLY.test(value) ? `${value}T23:59:59` : value, tz);
}
