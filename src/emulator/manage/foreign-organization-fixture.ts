import { hashSecret } from '../http/client-secrets.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';

/**
 * Test fixture: a second organization the demo root client must never see, plus a demo client without a
 * secret (for the `Client has no secret` check of §2.1). Rows are written with SQL, not through the API.
 */
export const FOREIGN = {
  organizationId: 'org_other',
  projectId: 'other-site',
  referenceId: 'f0000000-0000-4000-8000-0000000000a1',
  clientId: 'f0000000-0000-4000-8000-0000000000c1',
  noSecretClientId: 'a0000000-0000-4000-8000-0000000000e1',
} as const;

export async function insertForeignOrganization(db: EmulatorDb): Promise<void> {
  const at = '2026-08-01 00:00:00';
  await db.run(
    `INSERT INTO organizations (id, name, timezone) VALUES ('org_other', 'Other', NULL)`,
  );
  await db.run(
    `INSERT INTO projects (id, name, organization_id, created_at, updated_at)
     VALUES ('other-site', 'Other site', 'org_other', ?::TIMESTAMP_MS, ?::TIMESTAMP_MS)`,
    [at, at],
  );
  await db.run(
    `INSERT INTO timeline_references (id, title, description, date, project_id, created_at, updated_at)
     VALUES (?, 'Foreign', NULL, ?::TIMESTAMP_MS, 'other-site', ?::TIMESTAMP_MS, ?::TIMESTAMP_MS)`,
    [FOREIGN.referenceId, at, at, at],
  );
  await db.run(
    `INSERT INTO clients (id, name, secret, type, project_id, organization_id, created_at, updated_at)
     VALUES (?, 'Other root', ?, 'root', NULL, 'org_other', ?::TIMESTAMP_MS, ?::TIMESTAMP_MS)`,
    [FOREIGN.clientId, await hashSecret('other-root-secret'), at, at],
  );
  await db.run(
    `INSERT INTO clients (id, name, secret, type, project_id, organization_id, created_at, updated_at)
     VALUES (?, 'No secret', NULL, 'root', NULL, 'org_demo', ?::TIMESTAMP_MS, ?::TIMESTAMP_MS)`,
    [FOREIGN.noSecretClientId, at, at],
  );
}
