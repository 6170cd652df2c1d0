import type { ExportEventProfile } from '../../contract/openpanel-events.ts';
import { SqlParams } from '../query/sql-params.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import type { EventListRow } from './event-list-query.ts';

interface ProfileRow {
  id: string;
  project_id: string;
  first_name: string;
  last_name: string;
  email: string;
  avatar: string;
  properties: string;
  is_external: boolean;
  created_at: Date;
  last_seen_at: Date;
  groups: string[];
}

/**
 * Dotted keys back into nested objects, key by key in stored order (upstream `toObject`, built on
 * ramda's `assocPath`): a later `a.b` replaces an earlier string `a` with an object, a later `a`
 * overwrites an earlier object `a`, and numeric segments make object keys, never arrays.
 */
export function unflattenProperties(flat: Record<string, string>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const put = (target: Record<string, unknown>, key: string, value: unknown) =>
    // defineProperty: a stored `__proto__` key must become data, not a prototype.
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  for (const [key, value] of Object.entries(flat)) {
    const path = key.split('.');
    let node = result;
    for (const segment of path.slice(0, -1)) {
      const existing = Object.hasOwn(node, segment) ? node[segment] : undefined;
      if (typeof existing !== 'object' || existing === null) put(node, segment, {});
      node = node[segment] as Record<string, unknown>;
    }
    put(node, path[path.length - 1]!, value);
  }
  return result;
}

/**
 * `includes=profile` (§4.3): a profile is looked up only for events whose `deviceId !== profileId`;
 * every other event, and a profile that does not exist, gets the stub dated "now".
 */
export async function loadEventProfiles(
  db: EmulatorDb,
  rows: EventListRow[],
  now: Date,
): Promise<(row: EventListRow) => ExportEventProfile> {
  const projectId = rows[0]?.project_id ?? '';
  const ids = [
    ...new Set(
      rows
        .filter((r) => r.device_id !== r.profile_id && r.profile_id !== '')
        .map((r) => r.profile_id),
    ),
  ];
  const found = new Map<string, ExportEventProfile>();
  if (ids.length > 0) {
    const params = new SqlParams();
    const profiles = await db.all<ProfileRow>(
      `SELECT id, project_id, first_name, last_name, email, avatar, CAST(properties AS VARCHAR) AS properties,
         is_external, created_at, last_seen_at, groups
       FROM profiles WHERE project_id = ${params.add(projectId)} AND list_contains(${params.add(ids)}, id)`,
      params.values,
    );
    for (const p of profiles) {
      // The found form's key order differs from the stub's (§4.3).
      found.set(p.id, {
        firstName: p.first_name,
        lastName: p.last_name,
        isExternal: p.is_external,
        properties: unflattenProperties(JSON.parse(p.properties) as Record<string, string>),
        createdAt: p.created_at.toISOString(),
        lastSeenAt: p.last_seen_at.toISOString(),
        projectId: p.project_id,
        id: p.id,
        email: p.email,
        avatar: p.avatar,
        groups: p.groups,
      });
    }
  }
  const stamp = now.toISOString();
  // Like upstream, every event reads the map: an anonymous-looking event whose id another event's
  // lookup found gets that profile too.
  return (row) =>
    found.get(row.profile_id) ?? {
      id: row.profile_id,
      email: '',
      avatar: '',
      firstName: '',
      lastName: '',
      createdAt: stamp,
      lastSeenAt: stamp,
      projectId,
      isExternal: false,
      properties: {},
      groups: [],
    };
}
