import type { Hono } from 'hono';
import type { BffDeps, BffEnv } from '../bff-deps.ts';
import { requireRead } from '../http/access-guard.ts';

export function registerProjectsRoutes(app: Hono<BffEnv>, deps: BffDeps): void {
  app.get('/api/projects', async (c) => {
    requireRead(c, deps);
    return c.json({ projects: await deps.projects.list(c.get('stats')) });
  });
}
