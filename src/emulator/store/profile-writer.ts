import type { EmulatorDb } from './emulator-db.ts';

/** What one visit tells the profiles table about a person (§12.9.2, §12.9.4). */
export interface ProfileUpsert {
  id: string;
  projectId: string;
  /** Name and e-mail of an identified profile; null for an anonymous one (id = device id). */
  member: { firstName: string; lastName: string; email: string } | null;
  isExternal: boolean;
  /** Flat string properties (geo, OS, browser, referrer …). */
  properties: Record<string, string>;
  firstSeen: Date;
  lastSeen: Date;
}

const STAGING = 'profile_upsert_staging';

/**
 * Folds an upsert into `into` (keyed by project and id): first created_at, last last_seen_at, merged
 * properties. Generators fold as they go so each profile is held once, not once per visit.
 */
export function foldProfileUpsert(into: Map<string, ProfileUpsert>, row: ProfileUpsert) {
  const key = `${row.projectId}\u0000${row.id}`;
  const seen = into.get(key);
  if (!seen) {
    into.set(key, { ...row });
    return;
  }
  if (row.firstSeen < seen.firstSeen) seen.firstSeen = row.firstSeen;
  if (row.lastSeen > seen.lastSeen) seen.lastSeen = row.lastSeen;
  seen.member ??= row.member;
  seen.isExternal ||= row.isExternal;
  seen.properties = { ...seen.properties, ...row.properties };
}

function mergeUpserts(rows: Iterable<ProfileUpsert>): ProfileUpsert[] {
  const byKey = new Map<string, ProfileUpsert>();
  for (const row of rows) foldProfileUpsert(byKey, row);
  return [...byKey.values()];
}

/**
 * Upserts profiles the way the server's profile buffer merges writes (§12.9.2): created_at keeps the first
 * value, last_seen_at the latest, an empty name or e-mail never clears a stored one, and property keys merge.
 * Rows go through a staging table (appender) so one statement merges the whole batch.
 */
export async function upsertProfiles(
  db: EmulatorDb,
  rows: Iterable<ProfileUpsert>,
): Promise<number> {
  const merged = mergeUpserts(rows);
  if (merged.length === 0) return 0;
  await db.run(`CREATE OR REPLACE TABLE ${STAGING} (
    id VARCHAR, project_id VARCHAR, first_name VARCHAR, last_name VARCHAR, email VARCHAR,
    properties VARCHAR, is_external BOOLEAN, created_ms BIGINT, last_seen_ms BIGINT)`);
  try {
    await db.exclusive(async () => {
      const appender = await db.connection.createAppender(STAGING);
      for (const row of merged) {
        appender.appendVarchar(row.id);
        appender.appendVarchar(row.projectId);
        appender.appendVarchar(row.member?.firstName ?? '');
        appender.appendVarchar(row.member?.lastName ?? '');
        appender.appendVarchar(row.member?.email ?? '');
        appender.appendVarchar(JSON.stringify(row.properties));
        appender.appendBoolean(row.isExternal);
        appender.appendBigInt(BigInt(row.firstSeen.getTime()));
        appender.appendBigInt(BigInt(row.lastSeen.getTime()));
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
    });
    await db.run(`INSERT INTO profiles
        (id, project_id, first_name, last_name, email, properties, is_external, created_at, last_seen_at)
      SELECT id, project_id, first_name, last_name, email, properties::JSON, is_external,
        epoch_ms(created_ms), epoch_ms(last_seen_ms)
      FROM ${STAGING}
      ON CONFLICT (project_id, id) DO UPDATE SET
        first_name = CASE WHEN excluded.first_name = '' THEN profiles.first_name ELSE excluded.first_name END,
        last_name = CASE WHEN excluded.last_name = '' THEN profiles.last_name ELSE excluded.last_name END,
        email = CASE WHEN excluded.email = '' THEN profiles.email ELSE excluded.email END,
        properties = json_merge_patch(profiles.properties, excluded.properties),
        is_external = profiles.is_external OR excluded.is_external,
        created_at = least(profiles.created_at, excluded.created_at),
        last_seen_at = greatest(profiles.last_seen_at, excluded.last_seen_at)`);
  } finally {
    await db.run(`DROP TABLE IF EXISTS ${STAGING}`);
  }
  return merged.length;
}
