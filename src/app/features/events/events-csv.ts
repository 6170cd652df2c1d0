import type { ExportEvent, ExportEventInclude } from '../../../contract/openpanel-events.ts';

/** Every key an exported row can have, in the server's order (§4.3); `duration` is never returned. */
const BASE_KEYS: (keyof ExportEvent)[] = [
  'id',
  'name',
  'deviceId',
  'profileId',
  'projectId',
  'sessionId',
  'createdAt',
  'country',
  'city',
  'os',
  'browser',
  'path',
  'groups',
];
/** The full key order with everything included (§4.3). */
const FULL_ORDER: (keyof ExportEvent)[] = [
  'id',
  'name',
  'deviceId',
  'profileId',
  'projectId',
  'sessionId',
  'properties',
  'createdAt',
  'country',
  'city',
  'region',
  'longitude',
  'latitude',
  'os',
  'osVersion',
  'browser',
  'browserVersion',
  'device',
  'brand',
  'model',
  'path',
  'origin',
  'referrer',
  'referrerName',
  'referrerType',
  'meta',
  'importedAt',
  'sdkName',
  'sdkVersion',
  'profile',
  'revenue',
  'groups',
];

/** The CSV columns for a set of includes: the default keys plus the included ones, in a stable order. */
export function csvColumns(includes: readonly ExportEventInclude[]): (keyof ExportEvent)[] {
  const wanted = new Set<string>([...BASE_KEYS, ...includes]);
  return FULL_ORDER.filter((k) => wanted.has(k));
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
