import { formatWallClock } from '../time/zone-offsets.ts';

/**
 * The chart controller turns `startDate`/`endDate` into the window with luxon's
 * `DateTime.fromISO(v).setZone(tz).toFormat('yyyy-MM-dd HH:mm:ss')` in a process running with TZ=UTC
 * (shared/openpanel-api.md §5.2 "Explicit dates"). So a value with `Z` or an offset is a real instant shown
 * in `tz`, while a value WITHOUT an offset — a bare date included — is read as UTC. This module parses the
 * ISO 8601 forms luxon's `fromISO` accepts (calendar, week and ordinal dates, extended and basic, optional
 * time with fractions, `Z`/±hh[:mm] offsets, time-only values on today's UTC date). Anything else is
 * luxon's "Invalid DateTime", which the server later chokes on with a 500: we throw.
 */

const DAY_MS = 86_400_000;

const TIME = String.raw`(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,30}))?)?)?`;
const OFFSET = String.raw`(Z|[+-]\d{2}(?::?\d{2})?)?`;
const CALENDAR = new RegExp(
  String.raw`^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2}))?|(\d{2})(\d{2}))?$`,
);
const WEEK = /^(\d{4})-?W(\d{2})(?:-?(\d))?$/;
const ORDINAL = /^(\d{4})-?(\d{3})$/;
const TIME_PART = new RegExp(`^${TIME}${OFFSET}$`);

interface CivilDate {
  y: number;
  m: number;
  d: number;
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function fromDayNumber(ms: number): CivilDate {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function utcDay(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

function parseDatePart(text: string): CivilDate | undefined {
  const calendar = CALENDAR.exec(text);
  if (calendar) {
    const y = Number(calendar[1]);
    const m = Number(calendar[2] ?? calendar[4] ?? 1);
    const d = Number(calendar[3] ?? calendar[5] ?? 1);
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
    return { y, m, d };
  }
  const week = WEEK.exec(text);
  if (week) {
    const y = Number(week[1]);
    const w = Number(week[2]);
    const weekday = Number(week[3] ?? 1);
    if (w < 1 || weekday < 1 || weekday > 7) return undefined;
    // ISO week 1 is the week holding 4 January; weeks start on Monday.
    const jan4 = utcDay(y, 1, 4);
    const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    const weeksInYear = isoWeeksInYear(y);
    if (w > weeksInYear) return undefined;
    return fromDayNumber(mondayOfWeek1 + ((w - 1) * 7 + weekday - 1) * DAY_MS);
  }
  const ordinal = ORDINAL.exec(text);
  if (ordinal) {
    const y = Number(ordinal[1]);
    const day = Number(ordinal[2]);
    const length = daysInMonth(y, 2) === 29 ? 366 : 365;
    if (day < 1 || day > length) return undefined;
    return fromDayNumber(utcDay(y, 1, 1) + (day - 1) * DAY_MS);
  }
  return undefined;
}

function isoWeeksInYear(y: number): number {
  const p = (year: number) =>
    (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400)) % 7;
  return p(y) === 4 || p(y - 1) === 3 ? 53 : 52;
}

interface TimeOfDay {
  ms: number;
  offsetMinutes: number | undefined;
}

function parseTimePart(text: string): TimeOfDay | undefined {
  const match = TIME_PART.exec(text);
  if (!match) return undefined;
  const [, hh, mm, ss, fraction, offset] = match;
  const hours = Number(hh);
  const minutes = Number(mm ?? 0);
  const seconds = Number(ss ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  return {
    ms: ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis,
    offsetMinutes: offset === undefined ? undefined : parseOffset(offset),
  };
}

function parseOffset(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

/** The instant luxon's `DateTime.fromISO(value)` names in a TZ=UTC process, or undefined when invalid. */
export function parseIsoInstant(value: string, now: Date): Date | undefined {
  const t = value.indexOf('T');
  const datePart = t === -1 ? value : value.slice(0, t);
  const timePart = t === -1 ? undefined : value.slice(t + 1);
  let date: CivilDate | undefined;
  if (datePart === '') {
    // A time on its own ("T10:00") is on today's date in the process zone, UTC.
    date =
      timePart === undefined
        ? undefined
        : fromDayNumber(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  } else {
    date = parseDatePart(datePart);
  }
  if (!date) return undefined;
  const time = timePart === undefined ? { ms: 0, offsetMinutes: 0 } : parseTimePart(timePart);
  if (!time) return undefined;
  const local = utcDay(date.y, date.m, date.d) + time.ms;
  return new Date(local - (time.offsetMinutes ?? 0) * 60_000);
}

/** `DateTime.fromISO(value).setZone(tz).toFormat('yyyy-MM-dd HH:mm:ss')`; throws for "Invalid DateTime". */
export function isoToWallClock(value: string, tz: string, now: Date): string {
  const instant = parseIsoInstant(value, now);
  if (!instant) throw new Error(`Invalid DateTime: ${JSON.stringify(value)}`);
  return formatWallClock(instant, tz);
}
