import type { ClientType, OpenpanelClient } from '../../contract/openpanel-manage.ts';
import { SqlParams } from '../query/sql-params.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import { timestampSql } from './manage-sql-values.ts';

interface ClientRow {
  id: string;
  name: string;
  secret: string | null;
  type: string;
  project_id: string | null;
  organization_id: string;
  ignore_cors_and_secret: boolean;
  created_at: Date;
  updated_at: Date;
}

/** Prisma's Client, keys in model order; `secret` is the stored hash (shared/openpanel-api.md §8.3). */
function clientJson(row: ClientRow): OpenpanelClient {
  return {
    id: row.id,
    name: row.name,
    secret: row.secret,
    type: row.type as ClientType,
    projectId: row.project_id,
    organizationId: row.organization_id,
    ignoreCorsAndSecret: row.ignore_cors_and_secret,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function findClient(
  db: EmulatorDb,
  id: string,
  organizationId: string,
): Promise<OpenpanelClient | undefined> {
  const [row] = await db.all<ClientRow>(
    'SELECT * FROM clients WHERE id = ? AND organization_id = ?',
    [id, organizationId],
  );
  return row && clientJson(row);
}

/** Newest first (later inserts first on equal createdAt); optionally only one project's clients. */
export async function listClients(
  db: EmulatorDb,
  organizationId: string,
  projectId: string | undefined,
): Promise<OpenpanelClient[]> {
  const params = new SqlParams();
  const byProject = projectId === undefined ? '' : `AND project_id = ${params.add(projectId)}`;
  const rows = await db.all<ClientRow>(
    `SELECT * FROM clients WHERE organization_id = ${params.add(organizationId)} ${byProject}
     ORDER BY created_at DESC, rowid DESC`,
    params.values,
  );
  return rows.map(clientJson);
}

export interface NewClient {
  id: string;
  name: string;
  /** Already hashed with `hashSecret`. */
  secretHash: string;
  type: ClientType;
  projectId: string | null;
  organizationId: string;
  now: Date;
}

export async function insertClient(db: EmulatorDb, c: NewClient): Promise<void> {
  const params = new SqlParams();
  const now = timestampSql(params, c.now);
  await db.run(
    `INSERT INTO clients (id, name, secret, type, project_id, organization_id,
       ignore_cors_and_secret, created_at, updated_at)
     VALUES (${params.add(c.id)}, ${params.add(c.name)}, ${params.add(c.secretHash)},
       ${params.add(c.type)}, ${params.add(c.projectId)}, ${params.add(c.organizationId)},
       false, ${now}, ${now})`,
    params.values,
  );
}

export async function renameClient(db: EmulatorDb, id: string, name: string, now: Date) {
  const params = new SqlParams();
  await db.run(
    `UPDATE clients SET name = ${params.add(name)}, updated_at = ${timestampSql(params, now)}
     WHERE id = ${params.add(id)}`,
    params.values,
  );
}

export async function deleteClient(db: EmulatorDb, id: string): Promise<void> {
  await db.run('DELETE FROM clients WHERE id = ?', [id]);
}
