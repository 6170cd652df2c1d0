import { TZDate } from '@date-fns/tz';
import { REFERENCE_WHEN_PATTERN, isRealReferenceWhen } from '../../../contract/reference-form.ts';

/**
 * The instant (ISO, `Z`) a typed "when" names: a bare day or wall-clock time is read in the ORGANIZATION's
 * zone (never the browser's), an explicit `Z`/offset wins. Null for text the form schema rejects.
 * The upstream would read a bare day as UTC midnight (openpanel-api.md §8.1), so it is never sent as typed.
 */
export function resolveReferenceWhen(when: string, timeZone: string): string | null {
  const text = when.trim();
  if (!isRealReferenceWhen(text)) return null;
  const m = REFERENCE_WHEN_PATTERN.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', offset] = m;
  const millis = Number(ms.padEnd(3, '0'));
  if (offset) {
    const sign = offset === 'Z' ? 1 : offset.startsWith('-') ? -1 : 1;
    const digits = offset === 'Z' ? '0000' : offset.slice(1).replace(':', '');
    const minutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    const utc =
      Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), millis) -
      minutes * 60_000;
    return new Date(utc).toISOString();
  }
  const local = new TZDate(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    millis,
    timeZone,
  );
  const time = local.getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** `2026-11-20 14:30` — an instant as the wall clock of `timeZone`, the form's editable text. */
export function referenceWhenText(iso: string, timeZone: string): string {
  const date = new TZDate(new Date(iso).getTime(), timeZone);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  const seconds = date.getSeconds() === 0 ? '' : `:${two(date.getSeconds())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}${seconds}`;
}

/** `UTC+01:00` — the zone's offset at that instant (Stockholm is +01:00 in winter, +02:00 in summer). */
export function zoneOffsetLabel(iso: string, timeZone: string): string {
  const date = new TZDate(new Date(iso).getTime(), timeZone);
  // TZDate.getTimezoneOffset() is minutes BEHIND UTC, like Date's (-60 for UTC+01:00).
  const minutes = -date.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return `UTC${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
