import type { Hono } from 'hono';
import {
  chartQuerySchema,
  eventsQuerySchema,
  funnelQuerySchema,
  type ChartQuery,
} from '../../contract/bff-api.ts';
import { chartsResponseSchema } from '../../contract/openpanel-charts.ts';
import { exportEventsResponseSchema } from '../../contract/openpanel-events.ts';
import type { BffDeps, BffEnv } from '../bff-deps.ts';
import { requireRead } from '../http/access-guard.ts';
import { projectParam } from '../http/project-param.ts';
import { validQuery } from '../http/request-input.ts';
import { chartUpstreamQuery, type UpstreamContext } from '../mappers/chart-upstream-query.ts';
import { isEventsStreamHead } from '../mappers/events-stream-head.ts';
import { eventsUpstreamQuery } from '../mappers/events-upstream-query.ts';
import { parseUpstream } from '../upstream/parse-upstream.ts';
import { createFunnelAdapter } from '../upstream/funnel-adapter.ts';
import type { UpstreamRequest } from '../upstream/upstream-client.ts';
import { NEW_COUNT_CACHE_MS } from './live-routes.ts';

/**
 * The one upstream request behind a BFF chart query. Shared with the share-link references scope, which
 * asks for the very same chart (normally a cache hit) to learn the window it draws.
 */
export function chartUpstreamRequest(query: ChartQuery, ctx: UpstreamContext): UpstreamRequest {
  return {
    method: 'GET',
    path: '/export/charts',
    query: chartUpstreamQuery(query, ctx),
    group: 'export',
  };
}

/** Chart, event page and funnel: validate → one pure mapper → upstream → parsed with the contract. */
export function registerAnalyticsRoutes(app: Hono<BffEnv>, deps: BffDeps): void {
  const funnels = createFunnelAdapter(deps.upstream);
  const context = (projectId: string) => ({
    projectId,
    timezone: deps.env.OPENPANEL_TIMEZONE,
    now: deps.clock.now(),
  });

  app.get('/api/projects/:projectId/chart', async (c) => {
    requireRead(c, deps, c.req.param('projectId'), 'chart');
    const query = validQuery(c, chartQuerySchema);
    const projectId = await projectParam(c, deps);
    const body = await deps.upstream.request(
      chartUpstreamRequest(query, context(projectId)),
      c.get('stats'),
    );
    return c.json(parseUpstream(chartsResponseSchema, body));
  });

  app.get('/api/projects/:projectId/events', async (c) => {
    requireRead(c, deps);
    // `event` may repeat (several names), like the upstream's own parameter (§4.1).
    const query = validQuery(c, eventsQuerySchema, ['event']);
    const projectId = await projectParam(c, deps);
    const ctx = context(projectId);
    const body = await deps.upstream.request(
      {
        method: 'GET',
        path: '/export/events',
        query: eventsUpstreamQuery(query, ctx),
        group: 'export',
        // The head of the stream (page 1 where arrivals appear) lives no longer than the new-count answer,
        // so a plain refetch after the new-events bar shows the rows it announced (the count route's
        // hold, live-routes.ts, closes the remaining race). Later pages keep the normal CACHE_TTL_MS.
        ...(isEventsStreamHead(query, ctx) ? { maxCacheMs: NEW_COUNT_CACHE_MS } : {}),
      },
      c.get('stats'),
    );
    return c.json(parseUpstream(exportEventsResponseSchema, body));
  });

  app.get('/api/projects/:projectId/funnel', async (c) => {
    requireRead(c, deps, c.req.param('projectId'), 'funnel');
    const query = validQuery(c, funnelQuerySchema);
    const projectId = await projectParam(c, deps);
    return c.json(await funnels.run(query, context(projectId), c.get('stats')));
  });
}
