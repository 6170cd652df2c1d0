import type { ExportEvent, ExportEventProfile } from '../../contract/openpanel-events.ts';
import type { EventListRow } from './event-list-query.ts';

/**
 * A Float32 column's value as ClickHouse prints it: the shortest decimal that reads back as the same
 * float32 (`18.1`, not DuckDB's widened `18.100000381469727`).
 */
export function float32Number(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return value;
  const target = Math.fround(value);
  for (let digits = 1; digits <= 9; digits++) {
    const candidate = Number(value.toPrecision(digits));
    if (Math.fround(candidate) === target) return candidate;
  }
  return value;
}

/**
 * One event in the transformer's key order (§4.3). Columns outside the default selection appear only with
 * the matching `includes`; an undefined value is dropped by JSON, as upstream. `duration` is never
 * returned. `meta` is always left out: it needs the project's event-meta rows, and the emulator has no
 * event-meta table, which is exactly the server's "no meta for this name" case.
 */
export function toExportEvent(
  row: EventListRow,
  includes: ReadonlySet<string>,
  profile: ExportEventProfile | undefined,
): ExportEvent {
  const when = <T>(name: string, value: T): T | undefined =>
    includes.has(name) ? value : undefined;
  const event: ExportEvent = {
    id: row.id,
    name: row.name,
    deviceId: row.device_id,
    profileId: row.profile_id,
    projectId: row.project_id,
    sessionId: row.session_id,
    properties: when('properties', JSON.parse(row.properties) as Record<string, string>),
    createdAt: row.created_at.toISOString(),
    country: row.country,
    city: row.city,
    region: when('region', row.region),
    longitude: when('longitude', float32Number(row.longitude)),
    latitude: when('latitude', float32Number(row.latitude)),
    os: row.os,
    osVersion: when('osVersion', row.os_version),
    browser: row.browser,
    browserVersion: when('browserVersion', row.browser_version),
    device: when('device', row.device),
    brand: when('brand', row.brand),
    model: when('model', row.model),
    path: row.path,
    origin: when('origin', row.origin),
    referrer: when('referrer', row.referrer),
    referrerName: when('referrerName', row.referrer_name),
    referrerType: when('referrerType', row.referrer_type),
    meta: undefined,
    // Upstream maps a null import time to undefined, so the key disappears even when requested.
    importedAt: when('importedAt', row.imported_at?.toISOString()),
    sdkName: when('sdkName', row.sdk_name),
    sdkVersion: when('sdkVersion', row.sdk_version),
    profile,
    revenue: when('revenue', Number(row.revenue)),
    // Always present: the real values only with includes=groups, otherwise [] (§4.3).
    groups: includes.has('groups') ? row.groups : [],
  };
  return event;
}
