/**
 * The emulator and the BFF in this process, as the browser benches need them: the emulator with the demo
 * story (a fixed clock, so a data directory can be reused: generation is idempotent for a fixed "now") and
 * the BFF in live mode pointed at it, serving a given SPA build. Both on 127.0.0.1, ephemeral ports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../src/emulator/start-emulator.ts';
import { DEMO_ROOT_CLIENT, startServer } from '../src/server/start-server.ts';

export const BENCH_NOW = '2026-08-22T12:00:00.000Z';
export const BENCH_TIMEZONE = 'Europe/Stockholm';

export interface BenchStackOptions {
  events: number;
  /** A directory to keep (and reuse) the database in; a temporary one, removed on close, when missing. */
  dataDir?: string;
  distDir: string;
  /** The BFF's response cache; 0 makes every page load reach the emulator (a cold BFF). */
  cacheTtlMs: number;
}

export async function startBenchStack(options: BenchStackOptions) {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'bench-stack-'));
  const startedAt = performance.now();
  const emulator = await startEmulator({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    events: options.events,
    now: BENCH_NOW,
    timezone: BENCH_TIMEZONE,
    simulator: false,
  });
  const emulatorMs = performance.now() - startedAt;
  const server = await startServer(
    {
      OPENPANEL_API_URL: emulator.url,
      OPENPANEL_CLIENT_ID: DEMO_ROOT_CLIENT.id,
      OPENPANEL_CLIENT_SECRET: DEMO_ROOT_CLIENT.secret,
      OPENPANEL_TIMEZONE: BENCH_TIMEZONE,
      PORT: '0',
      HOST: '127.0.0.1',
      CACHE_TTL_MS: String(options.cacheTtlMs),
      // Fixed bench-only secrets (≥ 32 characters), never used outside this process.
      SESSION_SECRET: 'bench-session-secret-0123456789abcdef',
      SHARE_SECRET: 'bench-share-secret-0123456789abcdefgh',
    },
    { distDir: options.distDir, log: () => {} },
  );
  return {
    url: server.url,
    emulator,
    /** How long opening (or generating) the emulator's data took. */
    emulatorMs,
    async close() {
      await server.close();
      await emulator.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
