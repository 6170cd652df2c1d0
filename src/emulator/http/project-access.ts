import type { EmulatorDb } from '../store/emulator-db.ts';
import type { ClientRow } from './client-auth.ts';
import { HandlerError } from './error-responses.ts';

export interface ProjectRef {
  id: string;
  organizationId: string;
  /** The organization's time zone; charts, ranges and funnels are computed in it (§1.4). */
  timezone: string;
}

async function findProjectInOrg(db: EmulatorDb, projectId: string, organizationId: string) {
  // Soft-deleted projects still count as existing here (§2.2).
  const [row] = await db.all<{ id: string; organization_id: string; timezone: string | null }>(
    `SELECT p.id, p.organization_id, o.timezone FROM projects p
     JOIN organizations o ON o.id = p.organization_id
     WHERE p.id = ? AND p.organization_id = ?`,
    [projectId, organizationId],
  );
  return row
    ? { id: row.id, organizationId: row.organization_id, timezone: row.timezone ?? 'UTC' }
    : undefined;
}

/** §2.2: `projectId` wins over `project_id`; read clients only reach their own project. */
export async function resolveExportProject(
  db: EmulatorDb,
  client: ClientRow,
  query: { projectId?: string; project_id?: string },
): Promise<ProjectRef> {
  const requested = query.projectId ?? query.project_id;
  if (requested === undefined) {
    if (!client.project_id) throw new HandlerError(400, 'project_id or projectId is required');
    return mustExist(await findProjectInOrg(db, client.project_id, client.organization_id));
  }
  if (client.type === 'read' && client.project_id !== requested) {
    throw new HandlerError(403, 'You do not have access to this project');
  }
  return mustExist(await findProjectInOrg(db, requested, client.organization_id));
}

function mustExist(project: ProjectRef | undefined): ProjectRef {
  if (!project) throw new HandlerError(404, 'Project not found');
  return project;
}

/**
 * §2.3: a read client always gets its own project whatever the path says; a root client's project
 * must be in its organization. Failures are plain Errors, i.e. 500 "Internal server error", not 404.
 */
export async function resolveInsightsProject(
  db: EmulatorDb,
  client: ClientRow,
  pathProjectId: string,
): Promise<ProjectRef> {
  if (client.type === 'read') {
    if (!client.project_id) throw new Error('Client is not associated with a project');
    const own = await findProjectInOrg(db, client.project_id, client.organization_id);
    if (!own) throw new Error('Project not found or does not belong to your organization');
    return own;
  }
  const project = await findProjectInOrg(db, pathProjectId, client.organization_id);
  if (!project) throw new Error('Project not found or does not belong to your organization');
  return project;
}
