import type { Hono } from 'hono';
import type { BffDeps, BffEnv } from '../bff-deps.ts';

/** `/healthz`: the process is up. `/readyz`: the upstream answers with the configured credentials. */
export function registerHealthRoutes(app: Hono<BffEnv>, deps: BffDeps): void {
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    try {
      // The project list is what every page needs first; it is cached, so probes cost the limit little.
      await deps.projects.list(c.get('stats'));
      return c.json({ ok: true, upstream: 'reachable' });
    } catch {
      return c.json({ ok: false, upstream: 'unreachable or credentials rejected' }, 503);
    }
  });
}
