import {
  EXPORT_EVENT_KEYS,
  type ExportEvent,
  type ExportEventInclude,
} from '../../../contract/openpanel-events.ts';

/** A table column: which event key it shows and its heading. */
export interface EventColumn {
  key: keyof ExportEvent;
  label: string;
}

/** Always shown: the fields every event has (§4.3), most telling first. */
const BASE_COLUMNS: EventColumn[] = [
  { key: 'createdAt', label: 'Time' },
  { key: 'name', label: 'Event' },
  { key: 'path', label: 'Path' },
  { key: 'country', label: 'Country' },
  { key: 'city', label: 'City' },
  { key: 'os', label: 'OS' },
  { key: 'browser', label: 'Browser' },
  { key: 'profileId', label: 'Profile id' },
];

/** The column each `includes` name adds, in the server's key order (§4.3). */
export const INCLUDE_LABELS: Record<ExportEventInclude, string> = {
  properties: 'Properties',
  region: 'Region',
  longitude: 'Longitude',
  latitude: 'Latitude',
  osVersion: 'OS version',
  browserVersion: 'Browser version',
  device: 'Device',
  brand: 'Brand',
  model: 'Model',
  origin: 'Origin',
  referrer: 'Referrer',
  referrerName: 'Referrer name',
  referrerType: 'Referrer type',
  meta: 'Meta',
  importedAt: 'Imported at',
  sdkName: 'SDK name',
  sdkVersion: 'SDK version',
  profile: 'Profile',
  revenue: 'Revenue',
  groups: 'Groups',
};

/** The table's columns: the base ones, then one per included field. */
export function eventColumns(includes: readonly ExportEventInclude[]): EventColumn[] {
  return [...BASE_COLUMNS, ...includes.map((key) => ({ key, label: INCLUDE_LABELS[key] }))];
}

/** Event keys a filter can name (§6.2): all but the objects, arrays and times (§4.3 order, from the contract). */
const UNFILTERABLE = new Set([
  'properties',
  'createdAt',
  'meta',
  'importedAt',
  'profile',
  'groups',
]);
const FILTERABLE_KEYS = new Set<string>(EXPORT_EVENT_KEYS.filter((key) => !UNFILTERABLE.has(key)));

/**
 * The filter name (§6.2) that selects events with the same value of `key`, or null for keys no filter can
 * use. Top-level columns are accepted under their camelCase aliases (§5.5); properties are flattened keys.
 */
export function filterNameFor(key: string): string | null {
  if (key.startsWith('properties.')) return key;
  if (key.startsWith('profile.properties.')) return key;
  return FILTERABLE_KEYS.has(key) ? key : null;
}

/** A nested object as dotted keys with string values, for the profile's nested properties (§4.3). */
export function flattenObject(value: unknown, prefix = ''): [string, string][] {
  if (value === null || typeof value !== 'object') return [[prefix, String(value)]];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return [];
  return entries.flatMap(([k, v]) => flattenObject(v, prefix ? `${prefix}.${k}` : k));
}
