/** ISO date-only forms: `new Date()` reads these as UTC in every process. */
const DATE_ONLY = /^[+-]?\d{4,6}(-\d{2}(-\d{2})?)?$/;
/** A trailing `Z`/offset, or a zone name, fixes the instant whatever the process zone is. */
const EXPLICIT_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$|\b(?:GMT|UTC|UT)\b/i;

/**
 * `new Date(value)` as the API process evaluates it: it runs with TZ=UTC (shared/openpanel-api.md §1.4),
 * so strings without a zone (`2026-08-20 10:00:00`, `2026-08-20T10:00`) name UTC wall-clock times. The
 * emulator may run in any zone, so such values are shifted back from the process zone to UTC.
 * An unparseable value gives an Invalid Date, as upstream.
 */
export function parseServerDate(value: string | number): Date {
  const parsed = new Date(value);
  if (typeof value === 'number' || Number.isNaN(parsed.getTime())) return parsed;
  const text = value.trim();
  if (DATE_ONLY.test(text) || EXPLICIT_ZONE.test(text)) return parsed;
  return new Date(parsed.getTime() - parsed.getTimezoneOffset() * 60_000);
}
