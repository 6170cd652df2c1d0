import type { Hono } from 'hono';
import { z } from 'zod';
import type { EmulatorContext } from '../emulator-context.ts';
import { defineRoute } from '../http/define-route.ts';
import { forbiddenProject } from '../http/error-responses.ts';
import { findProject } from './project-store.ts';

const manage = { group: 'manage', auth: 'manage', coerceQuery: false } as const;

/**
 * Dashboards and saved reports (shared/openpanel-api.md §8.4). The emulator stores none, so both answer a
 * bare `[]` (no `data` wrapper). The manage auth hook checks a path `{projectId}` right after the client:
 * outside the organization it is the 403 Forbidden body, before the handler runs. The handler here is the
 * first thing after auth, so checking at its start gives the same order.
 */
export function registerDashboardRoutes(app: Hono, ctx: EmulatorContext): void {
  const guarded = <P extends { projectId: string }>(params: z.ZodType<P>) =>
    defineRoute(ctx, {
      ...manage,
      params,
      handler: async ({ params: { projectId }, client }) => {
        const project = await findProject(ctx.db, projectId, client.organization_id);
        if (!project) return forbiddenProject();
        return [];
      },
    });

  app.get('/manage/projects/:projectId/dashboards', guarded(z.object({ projectId: z.string() })));
  app.get(
    '/manage/projects/:projectId/dashboards/:dashboardId/reports',
    guarded(z.object({ projectId: z.string(), dashboardId: z.string() })),
  );
}
