import { Hono } from 'hono';
import type { EmulatorContext } from './emulator-context.ts';
import { corsPreflight } from './http/cors-preflight.ts';
import { internalError, routeNotFound } from './http/error-responses.ts';
import { registerExportChartsRoutes } from './routes/export-charts-routes.ts';
import { registerExportEventsRoutes } from './routes/export-events-routes.ts';
import { registerFaultRoutes } from './routes/fault-routes.ts';
import { registerFunnelRoutes } from './routes/funnel-routes.ts';
import { registerImportRoutes } from './routes/import-routes.ts';
import { registerInsightsEventsRoutes } from './routes/insights-events-routes.ts';
import { registerInsightsMetricsRoutes } from './routes/insights-metrics-routes.ts';
import { registerManageRoutes } from './routes/manage-routes.ts';
import { registerTrackRoutes } from './routes/track-routes.ts';

/** The OpenPanel-compatible HTTP surface. Fault injection registers first so it can intercept anything. */
export function createEmulatorApp(ctx: EmulatorContext, options: { faults?: boolean } = {}): Hono {
  const app = new Hono();
  // Public routes answer any origin (§1.5); credentials belong in a BFF, never in a browser.
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('access-control-allow-origin', '*');
  });
  if (options.faults) registerFaultRoutes(app, ctx);
  app.options('*', corsPreflight);
  registerExportEventsRoutes(app, ctx);
  registerExportChartsRoutes(app, ctx);
  registerFunnelRoutes(app, ctx);
  registerInsightsEventsRoutes(app, ctx);
  registerInsightsMetricsRoutes(app, ctx);
  registerManageRoutes(app, ctx);
  registerImportRoutes(app, ctx);
  registerTrackRoutes(app, ctx);
  app.get('/healthcheck', (c) => c.json({ ready: true }));
  app.notFound((c) => {
    const url = new URL(c.req.url);
    return routeNotFound(c.req.method, url.pathname + url.search);
  });
  app.onError((error) => {
    if (process.env.EMULATOR_LOG_ERRORS !== '0') console.error('[emulator]', error);
    return internalError();
  });
  return app;
}
