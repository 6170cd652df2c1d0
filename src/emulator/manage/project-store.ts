import type { OpenpanelProject, ProjectType } from '../../contract/openpanel-manage.ts';
import { SqlParams } from '../query/sql-params.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import { openpanelSlug } from '../text/openpanel-slug.ts';
import { withRandomSuffix } from './project-slug.ts';
import { stringListSql, timestampSql } from './manage-sql-values.ts';

interface ProjectRow {
  id: string;
  name: string;
  organization_id: string;
  types: string[];
  domain: string | null;
  cors: string[];
  cross_domain: boolean;
  allow_unsafe_revenue_tracking: boolean;
  filters: string;
  delete_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Prisma's Project, keys in model order (shared/openpanel-api.md §8.2). */
function projectJson(row: ProjectRow): OpenpanelProject {
  return {
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    // The emulator keeps no per-project counter; a new project's column default is 0.
    eventsCount: 0,
    types: row.types as ProjectType[],
    domain: row.domain,
    cors: row.cors,
    crossDomain: row.cross_domain,
    allowUnsafeRevenueTracking: row.allow_unsafe_revenue_tracking,
    filters: JSON.parse(row.filters) as unknown[],
    deleteAt: row.delete_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** `stripTrailingSlash` of @openpanel/common: every trailing `/` goes. */
export const stripTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/** A project of the organization, soft-deleted ones included (findFirst has no deleteAt filter). */
export async function findProject(
  db: EmulatorDb,
  id: string,
  organizationId: string,
): Promise<OpenpanelProject | undefined> {
  const [row] = await db.all<ProjectRow>(
    'SELECT * FROM projects WHERE id = ? AND organization_id = ?',
    [id, organizationId],
  );
  return row && projectJson(row);
}

/** Newest createdAt first, soft-deleted ones hidden. Ties: the later insert first, as "newest" means. */
export async function listProjects(db: EmulatorDb, organizationId: string) {
  const rows = await db.all<ProjectRow>(
    `SELECT * FROM projects WHERE organization_id = ? AND delete_at IS NULL
     ORDER BY created_at DESC, rowid DESC`,
    [organizationId],
  );
  return rows.map(projectJson);
}

/** getId('project', name): the slug, re-drawn with a random `-NNNN` while any organization has it. */
export async function uniqueProjectId(db: EmulatorDb, name: string): Promise<string> {
  let candidate = name;
  for (;;) {
    const id = openpanelSlug(candidate);
    const [taken] = await db.all('SELECT 1 FROM projects WHERE id = ?', [id]);
    if (!taken) return id;
    candidate = withRandomSuffix(candidate);
  }
}

export interface NewProject {
  id: string;
  name: string;
  organizationId: string;
  types: string[];
  domain: string | null;
  cors: string[];
  crossDomain: boolean;
  now: Date;
}

export async function insertProject(db: EmulatorDb, p: NewProject): Promise<void> {
  const params = new SqlParams();
  const now = timestampSql(params, p.now);
  await db.run(
    `INSERT INTO projects (id, name, organization_id, types, domain, cors, cross_domain,
       allow_unsafe_revenue_tracking, filters, delete_at, created_at, updated_at)
     VALUES (${params.add(p.id)}, ${params.add(p.name)}, ${params.add(p.organizationId)},
       ${stringListSql(params, p.types)}, ${params.add(p.domain)}, ${stringListSql(params, p.cors)},
       ${params.add(p.crossDomain)}, false, '[]', NULL, ${now}, ${now})`,
    params.values,
  );
}

export interface ProjectChanges {
  name?: string;
  domain?: string | null;
  cors?: string[];
  crossDomain?: boolean;
  allowUnsafeRevenueTracking?: boolean;
  deleteAt?: Date;
}

const COLUMNS: Record<keyof ProjectChanges, string> = {
  name: 'name',
  domain: 'domain',
  cors: 'cors',
  crossDomain: 'cross_domain',
  allowUnsafeRevenueTracking: 'allow_unsafe_revenue_tracking',
  deleteAt: 'delete_at',
};

/**
 * Applies only the given keys. Prisma bumps `@updatedAt` only when there is something to write, so an
 * empty change set leaves the row untouched.
 */
export async function updateProject(
  db: EmulatorDb,
  id: string,
  changes: ProjectChanges,
  now: Date,
): Promise<void> {
  const params = new SqlParams();
  const sets: string[] = [];
  for (const [key, value] of Object.entries(changes) as [keyof ProjectChanges, unknown][]) {
    if (value === undefined) continue;
    const sql =
      value instanceof Date
        ? timestampSql(params, value)
        : Array.isArray(value)
          ? stringListSql(params, value as string[])
          : params.add(value as string | boolean | null);
    sets.push(`${COLUMNS[key]} = ${sql}`);
  }
  if (sets.length === 0) return;
  sets.push(`updated_at = ${timestampSql(params, now)}`);
  await db.run(
    `UPDATE projects SET ${sets.join(', ')} WHERE id = ${params.add(id)}`,
    params.values,
  );
}
