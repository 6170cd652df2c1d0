import type { Hono } from 'hono';
import type { EmulatorContext } from '../emulator-context.ts';
import { createFaultRegistry } from '../faults/fault-registry.ts';
import { FAULTS_ADMIN_PATH, faultMiddleware } from '../faults/fault-middleware.ts';
import { faultSpecSchema } from '../faults/fault-spec.ts';
import { jsonResponse } from '../http/error-responses.ts';

/**
 * Switchable faults for error-path tests (emulator only; registered when the app is created with
 * `{faults: true}`, i.e. EMULATOR_FAULTS=1). `POST /__faults` arms one (see fault-spec.ts), `GET` lists
 * the armed ones with their remaining counts, `DELETE` disarms all. No auth and no rate limit: this is a
 * local test hook, never part of the OpenPanel surface.
 */
export function registerFaultRoutes(app: Hono, _ctx: EmulatorContext): void {
  const registry = createFaultRegistry();
  app.use('*', faultMiddleware(registry));

  app.post(FAULTS_ADMIN_PATH, async (c) => {
    let input: unknown;
    try {
      input = await c.req.json();
    } catch {
      return jsonResponse(400, { error: 'Bad Request', message: 'Body must be a JSON object' });
    }
    const parsed = faultSpecSchema.safeParse(input);
    if (!parsed.success) {
      const message = parsed.error.issues
        .map((issue) => `${issue.path.map(String).join('/')} ${issue.message}`)
        .join(', ');
      return jsonResponse(400, { error: 'Bad Request', message });
    }
    return jsonResponse(201, registry.add(parsed.data));
  });
  app.get(FAULTS_ADMIN_PATH, () => jsonResponse(200, { faults: registry.list() }));
  app.delete(FAULTS_ADMIN_PATH, () => jsonResponse(200, { cleared: registry.clear() }));
}
