/**
 * `npm run bench:emulator`: how fast the emulator builds its demo data and answers the dashboard's
 * heaviest calls. Everything runs in a temporary data directory against 127.0.0.1, sequentially and bounded
 * (≤ 30 requests per case, 10 s timeout each), because the machine has two shared cores.
 *
 * Environment: BENCH_EVENTS (default 1,000,000), BENCH_REQUESTS (default 30).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDemoData } from '../src/emulator/demo/demo-data.ts';
import { startEmulator } from '../src/emulator/start-emulator.ts';
import { openEmulatorDb } from '../src/emulator/store/emulator-db.ts';
import { DEMO_CLIENTS, seedOrganization } from '../src/emulator/store/seed-organization.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const REQUESTS = Math.min(100, Number(process.env.BENCH_REQUESTS ?? 30));
const NOW = '2026-08-22T12:00:00.000Z';
const TIMEZONE = 'Europe/Stockholm';
const REQUEST_TIMEOUT_MS = 10_000;

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const screenViews = json([{ name: 'screen_view' }]);
const chart = `/export/charts?projectId=demo&range=30d&interval=day&series=${screenViews}`;
const CASES: [string, string][] = [
  ['charts 30d/day screen_view', chart],
  ['charts 30d/day + country breakdown', `${chart}&breakdowns=${json([{ name: 'country' }])}`],
  ['charts 30d/day + previous=true', `${chart}&previous=true`],
  ['events page 1 (limit 50)', '/export/events?projectId=demo&limit=50&page=1'],
  ['events page 100 (limit 50)', '/export/events?projectId=demo&limit=50&page=100'],
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

const dir = mkdtempSync(join(tmpdir(), 'emulator-bench-'));
const rows: string[] = [];
try {
  // 1. Generation + load, timed on its own (a fresh data directory).
  const db = await openEmulatorDb(dir);
  await seedOrganization(db, { timezone: TIMEZONE, now: new Date(NOW) });
  const generated = await ensureDemoData(db, {
    seed: 42,
    now: new Date(NOW),
    timezone: TIMEZONE,
    events: EVENTS,
  });
  db.close();

  // 2. A later start on the same directory (what `npm start` does every day).
  const startedAt = performance.now();
  const emulator = await startEmulator({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    now: NOW,
    timezone: TIMEZONE,
  });
  const restartMs = performance.now() - startedAt;
  const headers = {
    'openpanel-client-id': DEMO_CLIENTS.root.id,
    'openpanel-client-secret': DEMO_CLIENTS.root.secret,
  };
  try {
    for (const [label, path] of CASES) {
      const times: number[] = [];
      const statuses = new Map<string, number>();
      for (let i = 0; i < REQUESTS; i += 1) {
        // The export group allows 100 requests per 10 s per client (§3); start each case with a fresh window.
        if (i === 0) emulator.ctx.limiter.reset();
        const t0 = performance.now();
        let status: string;
        try {
          const response = await fetch(`${emulator.url}${path}`, {
            headers,
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          });
          await response.arrayBuffer();
          status = String(response.status);
        } catch (error) {
          status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'error';
        }
        times.push(performance.now() - t0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 'timeout' || status === 'error') break;
      }
      times.sort((a, b) => a - b);
      const statusText = [...statuses]
        .map(([s, n]) => (s === '200' ? `200×${n}` : `**${s}×${n}**`))
        .join(' ');
      rows.push(
        `| ${label} | ${times.length} | ${fmt(percentile(times, 50))} | ${fmt(percentile(times, 95))} | ${statusText} |`,
      );
    }
  } finally {
    await emulator.close();
  }

  console.log(
    `\n## Emulator benchmark (${EVENTS.toLocaleString('en-US')} events requested, clock ${NOW}, ${TIMEZONE})\n`,
  );
  console.log(`| step | value |\n|---|---|`);
  console.log(
    `| generate + load | ${generated.events.toLocaleString('en-US')} events, ${generated.profiles.toLocaleString('en-US')} profiles in ${(generated.ms / 1000).toFixed(1)} s |`,
  );
  console.log(`| later start (reuse, no catch-up) | ${(restartMs / 1000).toFixed(2)} s |\n`);
  console.log(
    '| request (root client, project demo) | n | p50 ms | p95 ms | status |\n|---|---|---|---|---|',
  );
  for (const row of rows) console.log(row);
  const failing = rows.some((row) => row.includes('**'));
  if (failing)
    console.log('\nSome cases did not answer 200 (bold): their routes may not exist yet.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
