import type { Hono } from 'hono';
import type { EmulatorContext } from '../emulator-context.ts';
import { registerClientRoutes } from '../manage/client-routes.ts';
import { registerDashboardRoutes } from '../manage/dashboard-routes.ts';
import { registerProjectRoutes } from '../manage/project-routes.ts';
import { registerReferenceRoutes } from '../manage/reference-routes.ts';

/** The manage API (shared/openpanel-api.md §8): root clients only, the 20-per-10-s rate-limit group. */
export function registerManageRoutes(app: Hono, ctx: EmulatorContext): void {
  registerReferenceRoutes(app, ctx);
  registerProjectRoutes(app, ctx);
  registerClientRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
}
