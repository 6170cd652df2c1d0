import type { Hono } from 'hono';
import { z } from 'zod';
import {
  exportFunnelQuerySchema,
  insightsFunnelQuerySchema,
  type ExportFunnelQuery,
  type InsightsFunnelQuery,
} from '../../contract/openpanel-funnel.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import { exportFunnelResponse } from '../funnel/export-funnel-response.ts';
import { countFunnelUsers } from '../funnel/funnel-users.ts';
import { resolveFunnelWindow } from '../funnel/funnel-window.ts';
import { insightsFunnelResponse } from '../funnel/insights-funnel-response.ts';
import { defineRoute } from '../http/define-route.ts';
import { resolveExportProject, resolveInsightsProject } from '../http/project-access.ts';
import { filtersToSql } from '../query/filter-sql.ts';

const projectParamsSchema = z.object({ projectId: z.string() });

/**
 * Funnels (shared/openpanel-api.md §7). `GET /insights/:projectId/funnel` is the real endpoint (§7.2).
 * The seed docs' `GET /export/funnel` does not exist upstream (§7.1): it is registered only when
 * `ctx.exportFunnel` is on, so otherwise the app's Fastify-style 404 answers it, unauthenticated and not
 * rate-limited. Both share the date rules and the windowFunnel counting.
 */
export function registerFunnelRoutes(app: Hono, ctx: EmulatorContext): void {
  app.get(
    '/insights/:projectId/funnel',
    defineRoute<z.infer<typeof projectParamsSchema>, undefined, InsightsFunnelQuery>(ctx, {
      group: 'insights',
      auth: 'export',
      coerceQuery: true,
      params: projectParamsSchema,
      query: insightsFunnelQuerySchema,
      handler: async ({ params, query, client }) => {
        const project = await resolveInsightsProject(ctx.db, client, params.projectId);
        const window = resolveFunnelWindow(query, project.timezone, ctx.now());
        const users = await countFunnelUsers(ctx.db, {
          projectId: project.id,
          startUtc: window.startUtc,
          endUtc: window.endUtc,
          steps: query.steps.map((name) => ({ name })),
          windowHours: query.windowHours,
          groupBy: query.groupBy,
        });
        return insightsFunnelResponse(query.steps, users);
      },
    }),
  );

  if (!ctx.exportFunnel) return;
  app.get(
    '/export/funnel',
    defineRoute<undefined, undefined, ExportFunnelQuery>(ctx, {
      group: 'export',
      auth: 'export',
      coerceQuery: true,
      query: exportFunnelQuerySchema,
      handler: async ({ query, client }) => {
        const project = await resolveExportProject(ctx.db, client, query);
        const window = resolveFunnelWindow(query, project.timezone, ctx.now());
        const users = await countFunnelUsers(ctx.db, {
          projectId: project.id,
          startUtc: window.startUtc,
          endUtc: window.endUtc,
          steps: query.events,
          windowHours: query.windowHours,
          groupBy: query.groupBy,
          filterSql: filtersToSql,
        });
        return exportFunnelResponse(
          query.events.map((e) => e.name),
          users,
        );
      },
    }),
  );
}
