import {
  EXPORT_EVENT_BASE_KEYS,
  EXPORT_EVENT_KEYS,
  type ExportEvent,
  type ExportEventInclude,
} from '../../../contract/openpanel-events.ts';

/** The CSV columns for a set of includes: the default keys plus the included ones, in a stable order. */
export function csvColumns(includes: readonly ExportEventInclude[]): (keyof ExportEvent)[] {
  const wanted = new Set<string>([...EXPORT_EVENT_BASE_KEYS, ...includes]);
  return EXPORT_EVENT_KEYS.filter((k) => wanted.has(k));
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, with quotes doubled.
 * Objects (properties, profile, meta) and arrays (groups) are written as JSON text; null/absent is empty.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header or data line, terminated with CRLF as RFC 4180 asks. */
export function csvLine(fields: readonly unknown[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvHeader(columns: readonly (keyof ExportEvent)[]): string {
  return csvLine(columns);
}

export function csvRow(event: ExportEvent, columns: readonly (keyof ExportEvent)[]): string {
  return csvLine(columns.map((k) => event[k]));
}
