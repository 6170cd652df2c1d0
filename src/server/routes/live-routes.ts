import type { Hono } from 'hono';
import {
  eventsNewCountQuerySchema,
  liveQuerySchema,
  type EventsNewCountResponse,
  type LiveResponse,
} from '../../contract/bff-api.ts';
import { exportEventsResponseSchema } from '../../contract/openpanel-events.ts';
import { liveVisitorsResponseSchema } from '../../contract/openpanel-insights.ts';
import type { BffDeps, BffEnv } from '../bff-deps.ts';
import { requireRead } from '../http/access-guard.ts';
import { projectParam } from '../http/project-param.ts';
import { validQuery } from '../http/request-input.ts';
import { eventsNewCountQuery } from '../mappers/events-new-count-query.ts';
import { parseUpstream } from '../upstream/parse-upstream.ts';

/**
 * How long polled answers are shared. Every open dashboard polls these; within one window all of them cost
 * the upstream a single call (the upstream client caches and coalesces identical GETs), which keeps a room
 * full of browsers far inside the 100-per-10-s limit (§3). Capped by CACHE_TTL_MS (0 disables caching).
 */
export const LIVE_CACHE_MS = 10_000;
export const NEW_COUNT_CACHE_MS = 5_000;

/** Live data for the event table (issue 9): visitors right now, and how many events arrived since a moment. */
export function registerLiveRoutes(app: Hono<BffEnv>, deps: BffDeps): void {
  app.get('/api/projects/:projectId/live', async (c) => {
    requireRead(c, deps);
    validQuery(c, liveQuerySchema);
    const projectId = await projectParam(c, deps);
    const body = await deps.upstream.request(
      {
        method: 'GET',
        path: `/insights/${encodeURIComponent(projectId)}/live`,
        group: 'insights',
        maxCacheMs: LIVE_CACHE_MS,
      },
      c.get('stats'),
    );
    // Distinct profile ids with an event in the last 5 minutes of the upstream clock (§9.5).
    const { visitors } = parseUpstream(liveVisitorsResponseSchema, body);
    return c.json({ visitors } satisfies LiveResponse);
  });

  app.get('/api/projects/:projectId/events/new-count', async (c) => {
    requireRead(c, deps);
    const query = validQuery(c, eventsNewCountQuerySchema, ['event']);
    const projectId = await projectParam(c, deps);
    const body = await deps.upstream.request(
      {
        method: 'GET',
        path: '/export/events',
        query: eventsNewCountQuery(query, {
          projectId,
          timezone: deps.env.OPENPANEL_TIMEZONE,
          now: deps.clock.now(),
        }),
        group: 'export',
        maxCacheMs: NEW_COUNT_CACHE_MS,
      },
      c.get('stats'),
    );
    const { meta, data } = parseUpstream(exportEventsResponseSchema, body);
    return c.json({
      count: meta.totalCount,
      newest: data[0]?.createdAt ?? null,
    } satisfies EventsNewCountResponse);
  });
}
