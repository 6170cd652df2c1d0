import type { EventsViewState } from '../../../contract/events-view-state.ts';

/** The first day sent for "all time": before any event OpenPanel can hold, imports included. */
export const ALL_TIME_FIRST_DAY = '1970-01-01';

/** `yyyy-MM-dd` of an instant in `timeZone` (en-CA formats dates as ISO days). */
export function dayInZone(epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(epochMs);
}

/** A `yyyy-MM-dd` day moved by whole days (calendar arithmetic, so DST never matters). */
export function addDays(day: string, days: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The days (organization zone, both inclusive) a view covers. Always BOTH ends, never open: the upstream
 * applies its date filter only when `start` and `end` are both given, and without them page 1 shrinks to
 * the smallest non-empty look-back window while pages 2+ use a plain offset over everything (§4.2). Pages
 * would then come from different sets: page 1 can show 3 rows of "1–50 of 1,000" and page 2 skip ahead.
 * With both ends every page is a slice of the same `created_at DESC, id ASC` ordering.
 */
export function eventWindow(
  state: Pick<EventsViewState, 'range' | 'from' | 'to'>,
  today: string,
): { start: string; end: string } {
  if (state.from !== undefined && state.to !== undefined)
    return { start: state.from, end: state.to };
  switch (state.range) {
    case 'today':
      return { start: today, end: today };
    case 'yesterday':
      return { start: addDays(today, -1), end: addDays(today, -1) };
    // Today plus the 7 (30) days before it, as the upstream's own `7d`/`30d` ranges count (§5.2).
    case '7d':
      return { start: addDays(today, -7), end: today };
    case '30d':
      return { start: addDays(today, -30), end: today };
    case 'all_time':
      return { start: ALL_TIME_FIRST_DAY, end: today };
  }
}
