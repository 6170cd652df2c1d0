import { TZDate } from '@date-fns/tz';

/** The calendar day `yyyy-MM-dd` an instant falls on in `timeZone` (the organization's, not the browser's). */
export function referenceDay(iso: string, timeZone: string): string {
  const date = new TZDate(new Date(iso).getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** `yyyy-MM-dd` moved by whole calendar days (pure date arithmetic, no zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}
