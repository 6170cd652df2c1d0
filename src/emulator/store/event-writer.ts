import { DuckDBTimestampMillisecondsValue, LIST, listValue, VARCHAR } from '@duckdb/node-api';
import type { EmulatorDb } from './emulator-db.ts';

/** One row of the `events` table, as stored: flat string properties, UTC `created_at`. */
export interface StoredEvent {
  id: string;
  name: string;
  device_id: string;
  profile_id: string;
  project_id: string;
  session_id: string;
  path: string;
  origin: string;
  referrer: string;
  referrer_name: string;
  referrer_type: string;
  duration: number;
  properties: Record<string, string>;
  created_at: Date;
  country: string;
  city: string;
  region: string;
  longitude: number | null;
  latitude: number | null;
  os: string;
  os_version: string;
  browser: string;
  browser_version: string;
  device: string;
  brand: string;
  model: string;
  imported_at: Date | null;
  sdk_name: string;
  sdk_version: string;
  revenue: number;
  groups: string[];
}

const STRING_COLUMNS_BEFORE_DURATION = [
  'id',
  'name',
  'device_id',
  'profile_id',
  'project_id',
  'session_id',
  'path',
  'origin',
  'referrer',
  'referrer_name',
  'referrer_type',
] as const;
const GEO_STRINGS = ['country', 'city', 'region'] as const;
const DEVICE_STRINGS = [
  'os',
  'os_version',
  'browser',
  'browser_version',
  'device',
  'brand',
  'model',
] as const;

const listType = LIST(VARCHAR);

const ms = (date: Date) => new DuckDBTimestampMillisecondsValue(BigInt(date.getTime()));

/** Appends rows in the table's column order with DuckDB's appender (fast enough for 1M demo rows). */
export async function insertEvents(db: EmulatorDb, rows: Iterable<StoredEvent>): Promise<number> {
  const appender = await db.connection.createAppender('events');
  let count = 0;
  for (const row of rows) {
    for (const key of STRING_COLUMNS_BEFORE_DURATION) appender.appendVarchar(row[key]);
    appender.appendBigInt(BigInt(Math.trunc(row.duration)));
    appender.appendVarchar(JSON.stringify(row.properties));
    appender.appendTimestampMilliseconds(ms(row.created_at));
    for (const key of GEO_STRINGS) appender.appendVarchar(row[key]);
    if (row.longitude === null) appender.appendNull();
    else appender.appendFloat(row.longitude);
    if (row.latitude === null) appender.appendNull();
    else appender.appendFloat(row.latitude);
    for (const key of DEVICE_STRINGS) appender.appendVarchar(row[key]);
    if (row.imported_at === null) appender.appendNull();
    else appender.appendTimestampMilliseconds(ms(row.imported_at));
    appender.appendVarchar(row.sdk_name);
    appender.appendVarchar(row.sdk_version);
    appender.appendBigInt(BigInt(Math.trunc(row.revenue)));
    appender.appendList(listValue(row.groups), listType);
    appender.endRow();
    count += 1;
  }
  appender.flushSync();
  appender.closeSync();
  return count;
}

/** Defaults for every column, so fixtures and generators state only what matters to them. */
export function storedEvent(
  partial: Partial<StoredEvent> & Pick<StoredEvent, 'id' | 'name' | 'project_id' | 'created_at'>,
): StoredEvent {
  return {
    device_id: '',
    profile_id: '',
    session_id: '',
    path: '',
    origin: '',
    referrer: '',
    referrer_name: '',
    referrer_type: '',
    duration: 0,
    properties: {},
    country: '',
    city: '',
    region: '',
    longitude: null,
    latitude: null,
    os: '',
    os_version: '',
    browser: '',
    browser_version: '',
    device: '',
    brand: '',
    model: '',
    imported_at: null,
    sdk_name: '',
    sdk_version: '',
    revenue: 0,
    groups: [],
    ...partial,
  };
}
