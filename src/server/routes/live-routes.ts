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
/** Also the lifetime of the head of the event stream (page 1 of `/events`, analytics-routes.ts). */
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
    // A non-zero count shows the new-events bar, whose Show refetches page 1 of the table. That page (the
    // stream head) may be cached up to NEW_COUNT_CACHE_MS, and a copy stored just BEFORE this count was
    // taken would lack the events it announces: Show would change nothing. So the answer is held back
    // for one head lifetime: every head page still cached by the time the bar can be clicked was stored
    // after this count was in hand (only a head load already in flight at this moment can still miss,
    // by at most its own round trip). Stateless, so it holds across instances sharing one cache. A count
    // of zero (no bar) goes out at once, and the table polls every 15 s, so nobody waits on the hold.
    const headCacheMs = Math.min(NEW_COUNT_CACHE_MS, deps.env.CACHE_TTL_MS);
    if (meta.totalCount > 0 && headCacheMs > 0) await deps.clock.sleep(headCacheMs);
    return c.json({
      count: meta.totalCount,
      newest: data[0]?.createdAt ?? null,
    } satisfies EventsNewCountResponse);
  });
}
