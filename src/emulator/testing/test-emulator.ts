import { createEmulatorApp } from '../emulator-app.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import { createRateLimiter } from '../http/rate-limiter.ts';
import { openEmulatorDb } from '../store/emulator-db.ts';
import { insertEvents, storedEvent, type StoredEvent } from '../store/event-writer.ts';
import { DEMO_CLIENTS, DEMO_PROJECT_ID, seedOrganization } from '../store/seed-organization.ts';

export type FixtureEvent = Omit<Partial<StoredEvent>, 'created_at'> &
  Pick<StoredEvent, 'name'> & { created_at: Date | string };

export interface TestEmulatorOptions {
  timezone?: string;
  /** The emulator's fixed clock (ISO). */
  now?: string;
  events?: FixtureEvent[];
  exportFunnel?: boolean;
  faults?: boolean;
  /** Clock for the rate limiter's windows (defaults to Date.now). */
  limiterClock?: () => number;
}

/**
 * An in-memory emulator with the demo organization, projects and clients, plus hand-built events.
 * Tests call `request()` in-process (Hono's `app.request`), so no port is opened.
 */
export async function createTestEmulator(options: TestEmulatorOptions = {}) {
  const db = await openEmulatorDb(':memory:');
  const now = new Date(options.now ?? '2026-08-22T12:00:00.000Z');
  await seedOrganization(db, { timezone: options.timezone ?? 'UTC', now });
  let counter = 0;
  const rows = (options.events ?? []).map((e) =>
    storedEvent({
      id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
      project_id: DEMO_PROJECT_ID,
      ...e,
      created_at: new Date(e.created_at),
    }),
  );
  await insertEvents(db, rows);
  const ctx: EmulatorContext = {
    db,
    now: () => now,
    limiter: createRateLimiter(options.limiterClock),
    exportFunnel: options.exportFunnel ?? true,
  };
  const app = createEmulatorApp(ctx, { faults: options.faults });
  const as = (who: keyof typeof DEMO_CLIENTS): Record<string, string> => ({
    'openpanel-client-id': DEMO_CLIENTS[who].id,
    'openpanel-client-secret': DEMO_CLIENTS[who].secret,
  });
  return {
    app,
    ctx,
    db,
    /** Headers for one of the demo clients. */
    as,
    request: (path: string, init?: RequestInit) => app.request(path, init),
    /** GET as the root client. */
    get: (path: string, who: keyof typeof DEMO_CLIENTS = 'root') =>
      app.request(path, { headers: as(who) }),
    close: () => db.close(),
  };
}
export type TestEmulator = Awaited<ReturnType<typeof createTestEmulator>>;
