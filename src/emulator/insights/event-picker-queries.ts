import type {
  EventPropertiesResponse,
  PropertyValuesResponse,
} from '../../contract/openpanel-insights.ts';
import { EVENT_PROPERTY_COLUMNS } from '../../contract/openpanel-insights.ts';
import { SqlParams } from '../query/sql-params.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import { clixStringValue } from './clix-string-value.ts';

/** Keys the property materialized view never stores (§9.3), besides the empty key. */
const UNLISTED_KEYS = ['', '__duration_from', '__properties_from'];

/**
 * §9.2: at most 50 names. Upstream ranks names by rows of a view that gains one row per name per insert
 * batch. The emulator has no insert batches, so it ranks by the number of distinct UTC days a name
 * occurs on (a stand-in for "how many batches carried it": steady names outrank one-off bursts), then by
 * name for a stable order. No cache: upstream's 10-minute cache only delays new names.
 */
export async function listEventNames(db: EmulatorDb, projectId: string): Promise<string[]> {
  const params = new SqlParams();
  const rows = await db.all<{ name: string }>(
    `SELECT name FROM events WHERE project_id = ${params.add(projectId)}
     GROUP BY name ORDER BY count(DISTINCT CAST(created_at AS DATE)) DESC, name ASC LIMIT 50`,
    params.values,
  );
  return rows.map((r) => r.name);
}

/** Every stored (key, value) pair of the selected events, for the picker queries. */
function entriesSql(where: string): string {
  return `SELECT e.name, e.created_at,
      unnest(map_entries(json_transform(e.properties, '"MAP(VARCHAR, VARCHAR)"'))) AS kv
    FROM events e WHERE ${where}`;
}

/**
 * §9.3: the fixed 22 columns plus at most 500 distinct (key, event) pairs whose value was non-empty at
 * least once, sorted by key bytewise (DuckDB's default VARCHAR order is by bytes, like ClickHouse), then
 * by event name, which upstream leaves undefined. An empty `eventName` means all events.
 */
export async function listEventProperties(
  db: EmulatorDb,
  projectId: string,
  eventName: string | undefined,
): Promise<EventPropertiesResponse> {
  const params = new SqlParams();
  let where = `e.project_id = ${params.add(projectId)}`;
  if (eventName) where += ` AND e.name = ${params.add(clixStringValue(eventName))}`;
  const rows = await db.all<{ property_key: string; event_name: string }>(
    `SELECT DISTINCT kv.key AS property_key, name AS event_name FROM (${entriesSql(where)})
     WHERE kv.value != '' AND NOT list_contains(${params.add(UNLISTED_KEYS)}, kv.key)
     ORDER BY property_key, event_name LIMIT 500`,
    params.values,
  );
  return {
    columns: [...EVENT_PROPERTY_COLUMNS],
    properties: rows.map((r) => ({ property_key: r.property_key, event_name: r.event_name })),
  };
}

/**
 * §9.4: at most 200 non-empty values of one key on one event name, newest "seen at" first. Upstream can
 * repeat a value until its view merges; the contract asks an emulator for each value once, ordered by the
 * value's newest event (then by value, where upstream has no tie-breaker).
 */
export async function listPropertyValues(
  db: EmulatorDb,
  projectId: string,
  eventName: string,
  propertyKey: string,
): Promise<PropertyValuesResponse> {
  const name = clixStringValue(eventName);
  const key = clixStringValue(propertyKey);
  let values: string[] = [];
  if (!UNLISTED_KEYS.includes(key)) {
    const params = new SqlParams();
    // A JSON pointer reads keys with dots, quotes or slashes literally.
    const pointer = `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const rows = await db.all<{ value: string }>(
      `SELECT value FROM (
         SELECT json_extract_string(e.properties, ${params.add(pointer)}) AS value, e.created_at FROM events e
         WHERE e.project_id = ${params.add(projectId)} AND e.name = ${params.add(name)})
       WHERE value != ''
       GROUP BY value ORDER BY max(created_at) DESC, value ASC LIMIT 200`,
      params.values,
    );
    values = rows.map((r) => r.value);
  }
  // `event` and `property` echo the parameters as received.
  return { event: eventName, property: propertyKey, values };
}

/**
 * §9.5: distinct non-empty profile ids with an event at or after `now() - 5 minutes` (second precision,
 * no upper bound, as upstream's `created_at >= now() - INTERVAL 5 MINUTE`). Counted exactly, where
 * ClickHouse's `uniq` approximates.
 */
export async function countLiveVisitors(
  db: EmulatorDb,
  projectId: string,
  now: Date,
): Promise<number> {
  const params = new SqlParams();
  const from = new Date(Math.floor(now.getTime() / 1000) * 1000 - 5 * 60_000);
  const [row] = await db.all<{ visitors: bigint }>(
    `SELECT count(DISTINCT profile_id) AS visitors FROM events
     WHERE project_id = ${params.add(projectId)} AND profile_id != ''
       AND created_at >= ${params.add(from)}`,
    params.values,
  );
  return Number(row?.visitors ?? 0);
}
