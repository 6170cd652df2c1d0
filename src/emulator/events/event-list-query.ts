import type { Filter } from '../../contract/openpanel-common.ts';
import { filtersToSql } from '../query/filter-sql.ts';
import { SqlParams } from '../query/sql-params.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';

/** One stored event as the list query returns it (the columns `/export/events` can show). */
export interface EventListRow {
  id: string;
  name: string;
  device_id: string;
  profile_id: string;
  project_id: string;
  session_id: string;
  properties: string;
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
  path: string;
  origin: string;
  referrer: string;
  referrer_name: string;
  referrer_type: string;
  imported_at: Date | null;
  sdk_name: string;
  sdk_version: string;
  revenue: bigint;
  groups: string[];
}

export interface EventListOptions {
  projectId: string;
  profileId?: string;
  events: string[];
  /** The raw `start`/`end` strings; the date filter applies only when both are non-empty (§4.2). */
  start?: string;
  end?: string;
  filters?: Filter[];
  /** `max(page, 1) - 1`, as upstream computes it. */
  cursor: number;
  take: number;
  now: Date;
}

const SELECT_COLUMNS = `e.id, e.name, e.device_id, e.profile_id, e.project_id, e.session_id,
  CAST(e.properties AS VARCHAR) AS properties, e.created_at, e.country, e.city, e.region, e.longitude,
  e.latitude, e.os, e.os_version, e.browser, e.browser_version, e.device, e.brand, e.model, e.path,
  e.origin, e.referrer, e.referrer_name, e.referrer_type, e.imported_at, e.sdk_name, e.sdk_version,
  e.revenue, e.groups`;

/** The look-back windows page 1 tries in turn (§4.2): 0.5, 1, 2, …, 1024 days, then the 1825-day cap. */
export const LOOKBACK_WINDOWS_DAYS: readonly number[] = [
  ...Array.from({ length: 12 }, (_, i) => 0.5 * 2 ** i),
  1825,
];

const DAY_MS = 86_400_000;

/** `toDate(x)` of upstream's `formatClickhouseDate(new Date(x))`: the UTC day. Invalid dates throw (500). */
const utcDay = (text: string) => new Date(text).toISOString().slice(0, 10);

interface Where {
  sql: string;
  join: string;
  params: SqlParams;
}

function buildWhere(options: EventListOptions, mode: 'list' | 'count'): Where {
  const params = new SqlParams();
  const project = params.add(options.projectId);
  const parts = [`e.project_id = ${project}`];
  if (options.profileId) {
    const profile = params.add(options.profileId);
    // §4.2 stitching: the list adds anonymous events (profile_id = device_id) of every device the
    // profile used in this project; the count keeps only the profile's own events.
    parts.push(
      mode === 'count'
        ? `e.profile_id = ${profile}`
        : `((e.device_id IN (SELECT s.device_id FROM events s WHERE s.project_id = ${project}
             AND s.device_id != '' AND s.profile_id = ${profile}) AND e.profile_id = e.device_id)
           OR e.profile_id = ${profile})`,
    );
  }
  if (options.start && options.end) {
    // Whole UTC calendar days, both ends inclusive, time of day ignored (§4.2).
    parts.push(
      `CAST(e.created_at AS DATE) BETWEEN CAST(${params.add(utcDay(options.start))} AS DATE)
       AND CAST(${params.add(utcDay(options.end))} AS DATE)`,
    );
  }
  if (options.events.length > 0) parts.push(`list_contains(${params.add(options.events)}, e.name)`);
  let join = '';
  if (options.filters) {
    const filters = filtersToSql(options.filters, params);
    parts.push(filters.sql);
    if (filters.needsProfileJoin) {
      join = 'LEFT JOIN profiles pr ON pr.project_id = e.project_id AND pr.id = e.profile_id';
    }
  }
  return { sql: parts.map((p) => `(${p})`).join(' AND '), join, params };
}

/**
 * Page 1 without both dates only looks back W days, W doubling from 0.5 while the page is empty (§4.2).
 * A window's page is non-empty exactly when the newest matching event is inside it (the offset is 0), so
 * one query for that newest time picks the same W the server's retry loop ends with. Upstream subtracts
 * W days from "now" formatted without milliseconds; `INTERVAL 0.5 DAY` is taken as 12 hours [CH].
 */
async function lookbackStart(db: EmulatorDb, where: Where, now: Date): Promise<Date | undefined> {
  const [row] = await db.all<{ newest: Date | null }>(
    `SELECT max(e.created_at) AS newest FROM events e ${where.join} WHERE ${where.sql}`,
    where.params.values,
  );
  if (!row?.newest) return undefined;
  const nowSeconds = Math.floor(now.getTime() / 1000) * 1000;
  const newest = row.newest.getTime();
  for (const days of LOOKBACK_WINDOWS_DAYS) {
    const from = nowSeconds - days * DAY_MS;
    if (newest >= from) return new Date(from);
  }
  return undefined;
}

/** The page of rows, newest first (`created_at DESC, id ASC`), exactly as upstream pages them. */
export async function listEventRows(
  db: EmulatorDb,
  options: EventListOptions,
): Promise<EventListRow[]> {
  const where = buildWhere(options, 'list');
  const offset = Math.max(0, options.cursor * options.take);
  // ClickHouse rejects a fractional LIMIT or OFFSET: the server answers 500.
  if (!Number.isInteger(offset) || !Number.isInteger(options.take)) {
    throw new Error(`Fractional LIMIT ${options.take} / OFFSET ${offset}`);
  }
  let windowSql = '';
  // The cursor is `max(page,1) - 1`, so page 1.5 (cursor 0.5) already counts as "not page 1".
  if (!(options.cursor || (options.start && options.end))) {
    const from = await lookbackStart(db, where, options.now);
    if (!from) return [];
    windowSql = ` AND e.created_at >= ${where.params.add(from)}`;
  }
  return db.all<EventListRow>(
    `SELECT ${SELECT_COLUMNS} FROM events e ${where.join} WHERE ${where.sql}${windowSql}
     ORDER BY e.created_at DESC, e.id ASC LIMIT ${options.take} OFFSET ${offset}`,
    where.params.values,
  );
}

/** `meta.totalCount`: the same filters without the look-back window, profile events only (§4.2). */
export async function countEventRows(db: EmulatorDb, options: EventListOptions): Promise<number> {
  const where = buildWhere(options, 'count');
  const [row] = await db.all<{ total: bigint }>(
    `SELECT count(*) AS total FROM events e ${where.join} WHERE ${where.sql}`,
    where.params.values,
  );
  return Number(row?.total ?? 0);
}
