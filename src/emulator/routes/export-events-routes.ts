import type { Hono } from 'hono';
import {
  exportEventsQuerySchema,
  type ExportEventsResponse,
} from '../../contract/openpanel-events.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import {
  countEventRows,
  listEventRows,
  type EventListOptions,
} from '../events/event-list-query.ts';
import { loadEventProfiles } from '../events/event-profiles.ts';
import { toExportEvent } from '../events/export-event-json.ts';
import { defineRoute } from '../http/define-route.ts';
import { resolveExportProject } from '../http/project-access.ts';

/** `GET /export/events` (shared/openpanel-api.md §4). */
export function registerExportEventsRoutes(app: Hono, ctx: EmulatorContext): void {
  app.get(
    '/export/events',
    defineRoute(ctx, {
      group: 'export',
      auth: 'export',
      coerceQuery: true,
      query: exportEventsQuerySchema,
      async handler({ query, client }): Promise<ExportEventsResponse> {
        // Upstream reads `projectId || project_id`: an empty `projectId=` falls through to the other.
        const project = await resolveExportProject(ctx.db, client, {
          projectId: query.projectId || undefined,
          project_id: query.project_id || undefined,
        });
        // §4.1: limit clamped to 1..1000 (`limit=` is 0, so 1); page ≤ 1 is page 1.
        const take = Math.max(Math.min(query.limit, 1000), 1);
        const cursor = Math.max(query.page, 1) - 1;
        const event = query.event;
        const options: EventListOptions = {
          projectId: project.id,
          profileId: query.profileId || undefined,
          events: Array.isArray(event) ? event : event === undefined ? [] : [event],
          start: query.start,
          end: query.end,
          filters: query.filters,
          cursor,
          take,
          now: ctx.now(),
        };
        // One DuckDB connection: run the two queries one after the other.
        const rows = await listEventRows(ctx.db, options);
        const totalCount = await countEventRows(ctx.db, options);
        const includes = new Set(query.includes ?? []);
        const profileOf =
          includes.has('profile') && rows.length > 0
            ? await loadEventProfiles(ctx.db, rows, ctx.now())
            : undefined;
        return {
          meta: {
            count: rows.length,
            totalCount,
            pages: Math.ceil(totalCount / take),
            current: cursor + 1,
          },
          data: rows.map((row) => toExportEvent(row, includes, profileOf?.(row))),
        };
      },
    }),
  );
}
