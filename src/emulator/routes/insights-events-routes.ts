import type { Hono } from 'hono';
import {
  eventPropertiesQuerySchema,
  insightsProjectParamsSchema,
  propertyValuesQuerySchema,
} from '../../contract/openpanel-insights.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import { defineRoute } from '../http/define-route.ts';
import { resolveInsightsProject } from '../http/project-access.ts';
import {
  countLiveVisitors,
  listEventNames,
  listEventProperties,
  listPropertyValues,
} from '../insights/event-picker-queries.ts';

/**
 * The insights picker and live routes (shared/openpanel-api.md §9.1–§9.5). Insights authenticates with
 * the export rules and the `Export:` message prefix (§2.1) and coerces the query like export (§1.2).
 * `events/names` and `live` have no query schema, so no parameter can make them answer 400.
 */
export function registerInsightsEventsRoutes(app: Hono, ctx: EmulatorContext): void {
  const common = {
    group: 'insights',
    auth: 'export',
    coerceQuery: true,
    params: insightsProjectParamsSchema,
  } as const;

  app.get(
    '/insights/:projectId/events/names',
    defineRoute(ctx, {
      ...common,
      async handler({ params, client }) {
        const project = await resolveInsightsProject(ctx.db, client, params.projectId);
        return listEventNames(ctx.db, project.id);
      },
    }),
  );

  app.get(
    '/insights/:projectId/events/properties',
    defineRoute(ctx, {
      ...common,
      query: eventPropertiesQuerySchema,
      async handler({ params, query, client }) {
        const project = await resolveInsightsProject(ctx.db, client, params.projectId);
        return listEventProperties(ctx.db, project.id, query.eventName);
      },
    }),
  );

  app.get(
    '/insights/:projectId/events/property_values',
    defineRoute(ctx, {
      ...common,
      query: propertyValuesQuerySchema,
      async handler({ params, query, client }) {
        const project = await resolveInsightsProject(ctx.db, client, params.projectId);
        return listPropertyValues(ctx.db, project.id, query.eventName, query.propertyKey);
      },
    }),
  );

  app.get(
    '/insights/:projectId/live',
    defineRoute(ctx, {
      ...common,
      async handler({ params, client }) {
        const project = await resolveInsightsProject(ctx.db, client, params.projectId);
        return { visitors: await countLiveVisitors(ctx.db, project.id, ctx.now()) };
      },
    }),
  );
}
