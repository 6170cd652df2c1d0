import { HandlerError } from '../http/error-responses.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';

export interface ProfileWrite {
  id: string;
  projectId: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  avatar?: string;
  /** Stored as a flat string map, like ClickHouse's `Map(String, String)` profile column. */
  properties: Record<string, string>;
  isExternal: boolean;
  at: Date;
}

interface StoredProfile {
  first_name: string;
  last_name: string;
  email: string;
  avatar: string;
  properties: string;
  is_external: boolean;
  created_at: Date;
}

/**
 * The profile buffer's merge (shared/openpanel-api.md §12.9.2), applied at once (the emulator has no
 * 10 s buffer): an empty or absent field keeps the stored value, property keys merge one by one and are
 * never removed, `created_at` keeps the first write and `last_seen_at` becomes this write's time.
 */
export async function writeProfile(db: EmulatorDb, write: ProfileWrite): Promise<void> {
  const [existing] = await db.all<StoredProfile>(
    `SELECT first_name, last_name, email, avatar, CAST(properties AS VARCHAR) AS properties, is_external,
       created_at FROM profiles WHERE project_id = ? AND id = ?`,
    [write.projectId, write.id],
  );
  const keep = (incoming: string | undefined, stored: string | undefined) =>
    incoming || stored || '';
  const properties = {
    ...(existing ? (JSON.parse(existing.properties) as Record<string, string>) : {}),
    ...write.properties,
  };
  await db.run(
    `INSERT INTO profiles (id, project_id, first_name, last_name, email, avatar, properties, is_external,
       created_at, last_seen_at)
     VALUES (?, ?, ?, ?, ?, ?, ?::JSON, ?, epoch_ms(?::BIGINT), epoch_ms(?::BIGINT))
     ON CONFLICT (project_id, id) DO UPDATE SET first_name = excluded.first_name,
       last_name = excluded.last_name, email = excluded.email, avatar = excluded.avatar,
       properties = excluded.properties, is_external = excluded.is_external,
       created_at = excluded.created_at, last_seen_at = excluded.last_seen_at`,
    [
      write.id,
      write.projectId,
      keep(write.firstName, existing?.first_name),
      keep(write.lastName, existing?.last_name),
      keep(write.email, existing?.email),
      keep(write.avatar, existing?.avatar),
      JSON.stringify(properties),
      write.isExternal || (existing?.is_external ?? false),
      String(existing?.created_at.getTime() ?? write.at.getTime()),
      String(write.at.getTime()),
    ],
  );
}

/**
 * identify's properties (§12.9.2): top-level `null`, `""`, `{}` and `[]` are dropped (`0` and `false`
 * stay). They are not flattened upstream; the Map column turns numbers and booleans into their text and
 * nested values into JSON text [CH], which is what is stored here.
 */
export function identifyProperties(
  input: Record<string, unknown> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value === null || value === undefined || value === '') continue;
    if (typeof value === 'object' && Object.keys(value).length === 0) continue;
    out[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return out;
}

/**
 * increment / decrement (§12.9.3): 404 for an unknown profile, the stored value read with parseInt (`0`
 * when absent), 400 when that is not a number, then written back with `is_external = true`. The dotted
 * `property` is the stored (flat) key, which export unflattens again.
 */
export async function adjustProfileProperty(
  db: EmulatorDb,
  projectId: string,
  profileId: string,
  property: string,
  delta: number,
  at: Date,
): Promise<void> {
  const [profile] = await db.all<{ properties: string }>(
    'SELECT CAST(properties AS VARCHAR) AS properties FROM profiles WHERE project_id = ? AND id = ?',
    [projectId, profileId],
  );
  if (!profile) throw new HandlerError(404, 'Profile not found');
  const stored = (JSON.parse(profile.properties) as Record<string, unknown>)[property];
  const current = Number.parseInt(stored === undefined ? '0' : String(stored), 10);
  if (Number.isNaN(current)) throw new HandlerError(400, 'Property value is not a number');
  await writeProfile(db, {
    id: profileId,
    projectId,
    properties: { [property]: String(current + delta) },
    isExternal: true,
    at,
  });
}
