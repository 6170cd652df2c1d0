/**
 * The e2e stack, started by Playwright's `webServer`: the built-in emulator (small seeded data set, fixed
 * clock, faults switchable) and the BFF on :3100 pointed at it, serving the built SPA from dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startEmulator } from '../src/emulator/start-emulator.ts';
import { startServer } from '../src/server/start-server.ts';

/** A fixed "now" so every run sees the same data and ranges. */
const E2E_NOW = '2026-11-20T12:00:00.000Z';
const PORT = process.env.E2E_PORT ?? '3100';
const TIME_ZONE = 'Europe/Stockholm';

// E2E_DIST lets several builds be tested side by side (e.g. `vite build --outDir /tmp/dist-x`).
const DIST = process.env.E2E_DIST ?? 'dist';

if (!existsSync(`${DIST}/index.html`)) {
  console.error(`serve-e2e: ${DIST}/index.html is missing. Run \`npm run build\` first.`);
  process.exit(1);
}

const emulator = await startEmulator({
  // A known port (E2E_EMULATOR_PORT, 3199 by default, as the specs assume), so specs can reach the
  // emulator directly, e.g. to arm faults at `http://127.0.0.1:<port>/__faults`.
  port: Number(process.env.E2E_EMULATOR_PORT ?? 3199),
  host: '127.0.0.1',
  dataDir: ':memory:',
  events: 20_000,
  seed: 1,
  // A zone with an offset, so wall-clock bucketing bugs show up (the BFF is told the same zone below).
  timezone: TIME_ZONE,
  now: E2E_NOW,
  faults: true,
});

// E2E_PASSWORD_PORT: a second BFF on the same emulator in PASSWORD mode, for specs that need logins (share
// links opened without a session). Started before the first BFF, whose /healthz Playwright waits for, so it
// is up by the time specs run. SHARE_SECRET equals the first BFF's, so a link made on either opens on both.
const PASSWORD_PORT = process.env.E2E_PASSWORD_PORT;
let passwordServer: { url: string; close(): Promise<void> } | null = null;
if (PASSWORD_PORT) {
  // The documented way to make a hash (scripts/hash-password.ts reads the password from stdin). The
  // credentials are test-only: `editor` / `e2e-editor-password`, as e2e/share-password.spec.ts uses them.
  const editorHash = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/hash-password.ts'],
    { input: 'e2e-editor-password\n', stdio: ['pipe', 'pipe', 'ignore'] },
  )
    .toString()
    .trim();
  // A `viewer` / `e2e-viewer-password` user too (e2e/viewer-access.spec.ts), hashed the same way.
  const viewerHash = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/hash-password.ts'],
    { input: 'e2e-viewer-password\n', stdio: ['pipe', 'pipe', 'ignore'] },
  )
    .toString()
    .trim();
  passwordServer = await startServer(
    {
      OPENPANEL_API_URL: emulator.url,
      OPENPANEL_CLIENT_ID: 'a0000000-0000-4000-8000-000000000001',
      OPENPANEL_CLIENT_SECRET: 'demo-root-secret',
      OPENPANEL_TIMEZONE: TIME_ZONE,
      PORT: PASSWORD_PORT,
      HOST: '127.0.0.1',
      DASHBOARD_USERS: `editor:editor:${editorHash},viewer:viewer:${viewerHash}`,
      // Specs write references through the open BFF and read them here: a second instance without Redis
      // has its own cache, so this one does not cache, or it would show the list from before the write.
      CACHE_TTL_MS: '0',
      SESSION_SECRET: 'e2e-session-secret-0123456789abcdef',
      SHARE_SECRET: 'e2e-share-secret-0123456789abcdefgh',
    },
    { distDir: DIST, log: () => {} },
  );
  console.log(`serve-e2e: password-mode dashboard ${passwordServer.url}`);
}

// E2E_LIVE_PORT: a third, independent stack for e2e/live-simulator.spec.ts (issue 9), the only one with
// live traffic. The simulator runs only with a REAL clock (start-emulator.ts), so this stack cannot share
// the fixed-clock emulator above: its own small in-memory emulator (no `now`) sends simulated visits through
// /track, and its own BFF caches upstream answers for 1 s instead of 30 s so the table's new-events poll
// sees them on its next tick. Started before the main BFF, whose /healthz Playwright waits for.
const LIVE_PORT = process.env.E2E_LIVE_PORT;
let liveEmulator: { url: string; close(): Promise<void> } | null = null;
let liveServer: { url: string; close(): Promise<void> } | null = null;
if (LIVE_PORT) {
  liveEmulator = await startEmulator({
    port: 0,
    host: '127.0.0.1',
    dataDir: ':memory:',
    // Enough history for a full first page; generating it must stay quick at server start.
    events: 3_000,
    seed: 1,
    timezone: TIME_ZONE,
    simulator: true,
    // Visits per minute averaged over a day: even in the quietest night hour (weight 0.08 of a ~0.7 mean,
    // demo-timeline.ts HOURLY_WEIGHTS) that is ~30 visits a minute, so events arrive within seconds.
    simulatorRate: 300,
    faults: false,
  });
  liveServer = await startServer(
    {
      OPENPANEL_API_URL: liveEmulator.url,
      OPENPANEL_CLIENT_ID: 'a0000000-0000-4000-8000-000000000001',
      OPENPANEL_CLIENT_SECRET: 'demo-root-secret',
      OPENPANEL_TIMEZONE: TIME_ZONE,
      PORT: LIVE_PORT,
      HOST: '127.0.0.1',
      CACHE_TTL_MS: '1000',
      SESSION_SECRET: 'e2e-session-secret-0123456789abcdef',
      SHARE_SECRET: 'e2e-share-secret-0123456789abcdefgh',
    },
    { distDir: DIST, log: () => {} },
  );
  console.log(`serve-e2e: live (simulator) dashboard ${liveServer.url}`);
}

const server = await startServer(
  {
    OPENPANEL_API_URL: emulator.url,
    OPENPANEL_CLIENT_ID: 'a0000000-0000-4000-8000-000000000001',
    OPENPANEL_CLIENT_SECRET: 'demo-root-secret',
    OPENPANEL_TIMEZONE: TIME_ZONE,
    PORT,
    HOST: '127.0.0.1',
    // Fixed test-only secrets (≥ 32 characters), never used outside this process.
    SESSION_SECRET: 'e2e-session-secret-0123456789abcdef',
    SHARE_SECRET: 'e2e-share-secret-0123456789abcdefgh',
  },
  { distDir: DIST },
);

console.log(`serve-e2e: emulator ${emulator.url}, dashboard ${server.url}`);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await Promise.allSettled([
    server.close(),
    emulator.close(),
    passwordServer?.close(),
    liveServer?.close(),
    liveEmulator?.close(),
  ]);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
