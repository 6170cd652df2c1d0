import type { FunnelWindow } from './funnel-windows.ts';

/**
 * `10 Nov 2026 – 12 Nov 2026` for whole days in the organization's zone, otherwise with times
 * (`11 Nov 2026, 12:00 – 12 Nov 2026, 23:59`); the end is inclusive, so it shows the last second's minute.
 */
export function windowLabel(window: FunnelWindow, tz: string): string {
  const parts = (ms: number) =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: tz,
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(ms)
        .map((p) => [p.type, p.value]),
    ) as Record<string, string>;
  const a = parts(window.start);
  const b = parts(window.end - 1000);
  const day = (p: Record<string, string>) => `${p.day} ${p.month} ${p.year}`;
  const midnight = (p: Record<string, string>) =>
    p.hour === '00' && p.minute === '00' && p.second === '00';
  const endsAtDayEnd = b.hour === '23' && b.minute === '59' && b.second === '59';
  if (midnight(a) && endsAtDayEnd) {
    return day(a) === day(b) ? day(a) : `${day(a)} – ${day(b)}`;
  }
  return `${day(a)}, ${a.hour}:${a.minute} – ${day(b)}, ${b.hour}:${b.minute}`;
}
