import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { matchedRoutes } from 'hono/route';
import type { BffDeps, BffEnv } from './bff-deps.ts';
import { sessionOf } from './http/access-guard.ts';
import { BffHttpError, toBffHttpError } from './http/bff-http-error.ts';
import { applySecurityHeaders } from './http/security-headers.ts';
import { serveSpa } from './http/spa-assets.ts';
import { registerAnalyticsRoutes } from './routes/analytics-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerLiveRoutes } from './routes/live-routes.ts';
import { registerPickerRoutes } from './routes/picker-routes.ts';
import { registerProjectsRoutes } from './routes/projects-routes.ts';
import { registerReferencesRoutes } from './routes/references-routes.ts';
import { registerSessionRoutes } from './routes/session-routes.ts';
import { registerShareRoutes } from './routes/share-routes.ts';
import { newRequestStats } from './upstream/request-stats.ts';

/**
 * Every `/api` path the dashboard uses. Anything else under /api is a 404, a known path with another method
 * a 405, and neither reaches the upstream: the BFF is not a proxy.
 */
export const API_PATHS = [
  '/api/config',
  '/api/session',
  '/api/session/login',
  '/api/session/logout',
  '/api/projects',
  '/api/projects/:projectId/chart',
  '/api/projects/:projectId/events',
  '/api/projects/:projectId/events/new-count',
  '/api/projects/:projectId/live',
  '/api/projects/:projectId/funnel',
  '/api/projects/:projectId/event-names',
  '/api/projects/:projectId/event-properties',
  '/api/projects/:projectId/property-values',
  '/api/projects/:projectId/references',
  '/api/projects/:projectId/references/:id',
  '/api/share-links',
  '/api/share/:token',
] as const;

export function createBffApp(deps: BffDeps): Hono<BffEnv> {
  const app = new Hono<BffEnv>();
  const https = deps.env.PUBLIC_ORIGIN?.startsWith('https:') ?? false;

  // One structured line per request; the URL is logged as its route pattern, so no token or query leaks.
  app.use('*', async (c, next) => {
    const started = performance.now();
    const stats = newRequestStats();
    c.set('stats', stats);
    c.set('session', sessionOf(c, deps));
    await next();
    applySecurityHeaders(
      c,
      deps.env.FRAME_ANCESTORS,
      https || new URL(c.req.url).protocol === 'https:',
    );
    const route = matchedRoutes(c)[c.req.routeIndex]?.path ?? 'unmatched';
    deps.log(
      JSON.stringify({
        at: new Date(deps.clock.now()).toISOString(),
        method: c.req.method,
        route: route === '*' ? 'unmatched' : route,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        upstreamMs: Math.round(stats.upstreamMs),
        upstreamCalls: stats.upstreamCalls,
        cache: stats.cache,
        limiterWaitMs: Math.round(stats.limiterWaitMs),
        user: c.get('session')?.u ?? null,
      }),
    );
  });
  const limitBody = bodyLimit({
    maxSize: 64 * 1024,
    onError: () => {
      throw new BffHttpError(413, 'bad_request', 'The request body is too large');
    },
  });
  // Only for methods that carry a body: the check reads `c.req.raw.body`, which makes @hono/node-server
  // build a full WHATWG Request for every GET (a measurable share of an uncached chart's CPU).
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );

  registerHealthRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerProjectsRoutes(app, deps);
  registerAnalyticsRoutes(app, deps);
  registerPickerRoutes(app, deps);
  registerLiveRoutes(app, deps);
  registerReferencesRoutes(app, deps);
  registerShareRoutes(app, deps);
  for (const path of API_PATHS) {
    app.all(path, () => {
      throw new BffHttpError(405, 'method_not_allowed', 'This method is not allowed here.');
    });
  }
  app.all('/api/*', () => {
    throw new BffHttpError(404, 'not_found', 'There is no such API endpoint.');
  });

  app.get('*', async (c) => {
    const response = deps.distDir ? await serveSpa(c, deps.distDir) : null;
    return response ?? c.text('Not found', 404);
  });
  app.all('*', (c) => c.text('Method not allowed', 405));

  app.onError((error, c) => {
    const bff = toBffHttpError(error);
    if (bff.status === 500)
      deps.log(
        JSON.stringify({ level: 'error', route: c.req.method, error: (error as Error).name }),
      );
    if (bff.retryAfterSeconds !== undefined) c.header('retry-after', String(bff.retryAfterSeconds));
    c.header('cache-control', 'no-store');
    return c.json(bff.toBody(), bff.status as 400);
  });
  return app;
}
