import type { Hono } from 'hono';
import { chartsQuerySchema } from '../../contract/openpanel-charts.ts';
import { executeChart } from '../charts/execute-chart.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import { defineRoute } from '../http/define-route.ts';
import { resolveExportProject } from '../http/project-access.ts';

/**
 * `GET /export/charts` (shared/openpanel-api.md §5): export rate limit, coerced query validated against
 * the server's schema (unknown keys such as chartType/limit stripped), read or root clients, the project
 * of §2.2, and the organization's time zone for every boundary and bucket.
 */
export function registerExportChartsRoutes(app: Hono, ctx: EmulatorContext): void {
  app.get(
    '/export/charts',
    defineRoute(ctx, {
      group: 'export',
      auth: 'export',
      coerceQuery: true,
      query: chartsQuerySchema,
      handler: async ({ query, client, ctx: context }) => {
        const project = await resolveExportProject(context.db, client, query);
        return executeChart(context.db, {
          query,
          projectId: project.id,
          tz: project.timezone,
          now: context.now(),
        });
      },
    }),
  );
}
