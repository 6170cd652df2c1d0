import type { Hono } from 'hono';
import { insightsProjectParamsSchema } from '../../contract/openpanel-insights.ts';
import { insightsMetricsQuerySchema } from '../../contract/openpanel-insights-metrics.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import { defineRoute } from '../http/define-route.ts';
import { resolveInsightsProject } from '../http/project-access.ts';
import { hasPathFilter, metricsFilters } from '../insights/metrics-filters.ts';
import { metricsFromSessions } from '../insights/metrics-from-sessions.ts';
import { metricsFromPageViews } from '../insights/metrics-page-filter.ts';
import { queryMetricsRevenue } from '../insights/metrics-revenue.ts';
import { resolveMetricsWindow } from '../insights/metrics-window.ts';

/**
 * `GET /insights/{projectId}/metrics` (shared/openpanel-api.md §9.6): headline numbers and a series whose
 * interval the server picks from the window. Read or root clients (§2.3), the insights rate-limit group,
 * and the export-style query coercion (§1.2).
 */
export function registerInsightsMetricsRoutes(app: Hono, ctx: EmulatorContext): void {
  app.get(
    '/insights/:projectId/metrics',
    defineRoute(ctx, {
      group: 'insights',
      auth: 'export',
      coerceQuery: true,
      params: insightsProjectParamsSchema,
      query: insightsMetricsQuerySchema,
      async handler({ params, query, client }) {
        const project = await resolveInsightsProject(ctx.db, client, params.projectId);
        const window = resolveMetricsWindow(query, project.timezone, ctx.now());
        const filters = metricsFilters(query.filters);
        const revenue = await queryMetricsRevenue(
          ctx.db,
          project.id,
          project.timezone,
          window,
          filters,
        );
        const compute = hasPathFilter(filters) ? metricsFromPageViews : metricsFromSessions;
        return compute(ctx.db, project.id, project.timezone, window, filters, revenue);
      },
    }),
  );
}
