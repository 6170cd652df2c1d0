import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ensureDemoData } from './demo/demo-data.ts';
import { createTrafficSimulator } from './demo/traffic-simulator.ts';
import { createEmulatorApp } from './emulator-app.ts';
import { reapSessions } from './track/track-ingest.ts';
import type { EmulatorConfig } from './emulator-config.ts';
import { emulatorConfig } from './emulator-config.ts';
import type { EmulatorContext } from './emulator-context.ts';
import { createRateLimiter } from './http/rate-limiter.ts';
import { openEmulatorDb } from './store/emulator-db.ts';
import { seedOrganization } from './store/seed-organization.ts';

export type StartEmulatorOptions = Partial<EmulatorConfig> & { log?: (line: string) => void };

export interface RunningEmulator {
  url: string;
  port: number;
  ctx: EmulatorContext;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the emulator's database, makes sure the demo organization and the demo story up to
 * "now" exist, and serves the OpenPanel-compatible API. Options not given fall back to the EMULATOR_*
 * environment defaults, except that the environment itself is not read: callers (the BFF's demo mode, e2e)
 * say what they want. A reused data directory only catches up the time since its last start.
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const { log = () => {}, ...overrides } = options;
  const config: EmulatorConfig = { ...emulatorConfig({}), ...overrides };
  const fixedNow = config.now === undefined ? null : new Date(config.now);
  if (fixedNow !== null && Number.isNaN(fixedNow.getTime())) {
    throw new Error(`startEmulator: "now" is not a date: ${config.now}`);
  }
  // The defaults above assume a real clock; a caller that fixes the clock but says nothing about the
  // simulator gets none (tests, e2e): see emulatorEnvSchema.
  const simulatorOn = overrides.simulator ?? fixedNow === null;
  const now = () => (fixedNow === null ? new Date() : new Date(fixedNow.getTime()));

  const db = await openEmulatorDb(config.dataDir);
  try {
    await seedOrganization(db, { timezone: config.timezone, now: now() });
    await ensureDemoData(db, {
      seed: config.seed,
      now: now(),
      timezone: config.timezone,
      events: config.events,
      log,
    });
  } catch (error) {
    db.close();
    throw error;
  }

  const ctx: EmulatorContext = {
    db,
    now,
    limiter: createRateLimiter(),
    exportFunnel: config.exportFunnel,
  };
  const app = createEmulatorApp(ctx, { faults: config.faults });
  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
        resolve(s),
      );
      s.once('error', reject);
    });
  } catch (error) {
    db.close();
    throw error;
  }
  // Like the server's reaper cron (every 5 min, §12.8.3): sessions idle for 30 min get their session_end.
  const reaper = setInterval(() => void reapSessions(ctx, ctx.now()).catch(() => {}), 60_000);
  reaper.unref();
  const simulator = simulatorOn
    ? createTrafficSimulator({
        request: (path, init) => app.request(path, init),
        now: () => ctx.now(),
        seed: config.seed,
        ratePerMinute: config.simulatorRate,
        timezone: config.timezone,
        log,
      })
    : null;
  simulator?.start();
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closed: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    port,
    ctx,
    close() {
      clearInterval(reaper);
      closed ??= Promise.all([
        // Let a simulator tick in flight finish its inserts before the database goes.
        simulator?.stop(),
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive sockets would hold close() open; the emulator is going away, so drop them.
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
      ]).then(() => db.close());
      return closed;
    },
  };
}
