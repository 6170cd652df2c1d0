import type { BffRange } from '../../../contract/bff-api.ts';

/** The window part of a chart request, as the BFF takes it (chart-query.ts `ChartParams`). */
export interface ChartWindow {
  range?: BffRange | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
}

/**
 * Named windows that end before today (openpanel-api.md §5.2: `yesterday`, `lastMonth`, `lastYear`, and
 * the seed docs' `last_month`/`last_year`). Every other range ends at the current minute, at the end of
 * today or later (`7d` ends tomorrow 00:00, `12m` on the first of next month), so it holds now.
 */
const PAST_RANGES: ReadonlySet<BffRange> = new Set<BffRange>([
  'yesterday',
  'lastMonth',
  'lastYear',
  'last_month',
  'last_year',
]);

/** `yyyy-MM-ddTHH:mm:ss` of an instant on the wall clock of `timeZone` (sv-SE formats it as ISO). */
export function wallClockInZone(epochMs: number, timeZone: string): string {
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(epochMs);
  return text.replace(' ', 'T');
}

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Where `value` (a BFF date, bff-api.ts `bffDateSchema`) sits relative to now, in comparable form: an
 * instant with an offset compares as epoch milliseconds; a day or an offset-less date-time is wall-clock
 * time in the organization's zone (the BFF reads them so), compared as text with now's wall clock there.
 * A day alone covers the whole day, so as an END it is padded to its last second.
 */
function compareWithNow(
  value: string,
  side: 'start' | 'end',
  timeZone: string,
  nowMs: number,
): number {
  if (HAS_OFFSET.test(value)) return Date.parse(value) - nowMs;
  const normalized = value.replace(' ', 'T');
  const padded =
    normalized.length === 10
      ? `${normalized}T${side === 'end' ? '23:59:59' : '00:00:00'}`
      : normalized.slice(0, 19).padEnd(19, side === 'end' ? ':59' : ':00');
  const now = wallClockInZone(nowMs, timeZone);
  return padded < now ? -1 : padded > now ? 1 : 0;
}

/**
 * Whether a chart window contains the current instant, so new events can still land in it. Explicit dates
 * win over `range` only as a pair (the BFF requires both, bff-api.ts `dateWindowRefinement`).
 */
export function rangeIncludesNow(window: ChartWindow, timeZone: string, nowMs: number): boolean {
  if (window.startDate !== undefined && window.endDate !== undefined) {
    return (
      compareWithNow(window.startDate, 'start', timeZone, nowMs) <= 0 &&
      compareWithNow(window.endDate, 'end', timeZone, nowMs) >= 0
    );
  }
  // No range at all is the upstream's default `30d` (§5.1), which ends tomorrow.
  return window.range === undefined || !PAST_RANGES.has(window.range);
}
