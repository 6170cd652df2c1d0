import type { OpenpanelReference } from '../../contract/openpanel-manage.ts';
import { SqlParams } from '../query/sql-params.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import { timestampSql } from './manage-sql-values.ts';

interface ReferenceRow {
  id: string;
  title: string;
  description: string | null;
  date: Date;
  project_id: string;
  created_at: Date;
  updated_at: Date;
  organization_id: string;
}

/** Prisma's Reference, keys in model order (shared/openpanel-api.md §8.1). */
function referenceJson(row: ReferenceRow): OpenpanelReference {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    date: row.date.toISOString(),
    projectId: row.project_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const SELECT_WITH_ORG = `SELECT r.*, p.organization_id FROM timeline_references r
  JOIN projects p ON p.id = r.project_id`;

/** The reference with its project's organization, found by id alone (findUnique + include project). */
export async function findReference(db: EmulatorDb, id: string) {
  const [row] = await db.all<ReferenceRow>(`${SELECT_WITH_ORG} WHERE r.id = ?`, [id]);
  return row && { reference: referenceJson(row), organizationId: row.organization_id };
}

/**
 * Newest createdAt first (later inserts first on equal createdAt). Without a project: every project of the
 * organization, soft-deleted ones included, because the server's project lookup has no deleteAt filter.
 */
export async function listReferences(
  db: EmulatorDb,
  organizationId: string,
  projectId: string | undefined,
): Promise<OpenpanelReference[]> {
  const params = new SqlParams();
  const where =
    projectId === undefined
      ? `p.organization_id = ${params.add(organizationId)}`
      : `r.project_id = ${params.add(projectId)}`;
  const rows = await db.all<ReferenceRow>(
    `${SELECT_WITH_ORG} WHERE ${where} ORDER BY r.created_at DESC, r.rowid DESC`,
    params.values,
  );
  return rows.map(referenceJson);
}

export interface NewReference {
  id: string;
  title: string;
  description: string | null;
  date: Date;
  projectId: string;
  now: Date;
}

export async function insertReference(db: EmulatorDb, r: NewReference): Promise<void> {
  const params = new SqlParams();
  const date = timestampSql(params, r.date);
  const now = timestampSql(params, r.now);
  await db.run(
    `INSERT INTO timeline_references (id, title, description, date, project_id, created_at, updated_at)
     VALUES (${params.add(r.id)}, ${params.add(r.title)}, ${params.add(r.description)}, ${date},
       ${params.add(r.projectId)}, ${now}, ${now})`,
    params.values,
  );
}

export interface ReferenceChanges {
  title?: string;
  description?: string;
  date?: Date;
}

/** Only the given keys change; an empty change set writes nothing (Prisma skips `@updatedAt` then). */
export async function updateReference(
  db: EmulatorDb,
  id: string,
  changes: ReferenceChanges,
  now: Date,
): Promise<void> {
  const params = new SqlParams();
  const sets: string[] = [];
  if (changes.title !== undefined) sets.push(`title = ${params.add(changes.title)}`);
  if (changes.description !== undefined) {
    sets.push(`description = ${params.add(changes.description)}`);
  }
  if (changes.date !== undefined) sets.push(`date = ${timestampSql(params, changes.date)}`);
  if (sets.length === 0) return;
  sets.push(`updated_at = ${timestampSql(params, now)}`);
  await db.run(
    `UPDATE timeline_references SET ${sets.join(', ')} WHERE id = ${params.add(id)}`,
    params.values,
  );
}

export async function deleteReference(db: EmulatorDb, id: string): Promise<void> {
  await db.run('DELETE FROM timeline_references WHERE id = ?', [id]);
}
