/**
 * `npx tsx bench/funnel-bench.ts`: how long the emulator takes to count a funnel
 * (`countFunnelUsers`, the work behind `GET /insights/{projectId}/funnel`, shared/openpanel-api.md §7.2)
 * over the demo data, for the 30d range the dashboard asks for. Runs sequentially and bounded (≤ 50 runs
 * per case), no network: the machine has two shared cores.
 *
 * Two data sets, both 1M events by default:
 * - `demo`: the demo generator's 180-day story (so only about a quarter of it falls in the 30d window);
 * - `dense`: a deterministic SQL loop putting all its events inside the 30d window — 8 events per session
 *   (session_start, screen views, every 3rd session an add_to_cart, every 6th a purchase), every 11th
 *   session with its first screen view in the same millisecond as session_start, every 50th session
 *   server-side (empty session id, so one big shared group), 40,000 profiles.
 * Every case times `countFunnelUsers` (DuckDB, what the routes use) and `countFunnelUsersReference` (the
 * previous implementation: per-group lists into JS), and fails loudly if their answers differ.
 *
 * Environment: BENCH_EVENTS (default 1,000,000 per data set), BENCH_RUNS (default 20), BENCH_DATA_DIR
 * (optional: a directory to keep the database in, so a second run skips generation; the demo generator is
 * idempotent for a fixed clock).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FunnelGroupBy } from '../src/contract/openpanel-funnel.ts';
import { ensureDemoData } from '../src/emulator/demo/demo-data.ts';
import type { FunnelUsersInput } from '../src/emulator/funnel/funnel-step-scan.ts';
import { countFunnelUsers } from '../src/emulator/funnel/funnel-users.ts';
import { countFunnelUsersReference } from '../src/emulator/funnel/funnel-users-reference.ts';
import { resolveFunnelWindow } from '../src/emulator/funnel/funnel-window.ts';
import { openEmulatorDb, type EmulatorDb } from '../src/emulator/store/emulator-db.ts';
import { DEMO_PROJECT_ID, seedOrganization } from '../src/emulator/store/seed-organization.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const RUNS = Math.max(1, Math.min(50, Number(process.env.BENCH_RUNS ?? 20)));
const NOW = new Date('2026-08-22T12:00:00.000Z');
const TIMEZONE = 'Europe/Stockholm';

const CASES: { label: string; steps: string[]; groupBy: FunnelGroupBy }[] = [
  {
    label: '2 steps session_start → add_to_cart',
    steps: ['session_start', 'add_to_cart'],
    groupBy: 'session_id',
  },
  {
    label: '2 steps screen_view → add_to_cart',
    steps: ['screen_view', 'add_to_cart'],
    groupBy: 'session_id',
  },
  {
    label: '4 steps session_start → screen_view → add_to_cart → purchase',
    steps: ['session_start', 'screen_view', 'add_to_cart', 'purchase'],
    groupBy: 'session_id',
  },
  {
    label: '4 steps, groupBy=profile_id',
    steps: ['session_start', 'screen_view', 'add_to_cart', 'purchase'],
    groupBy: 'profile_id',
  },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

const DENSE_PROJECT_ID = 'bench_dense';

/** Fills the `dense` data set (see the header) unless it is already there; returns its event count. */
async function ensureDenseEvents(db: EmulatorDb, startUtc: Date, events: number): Promise<number> {
  const count = async () =>
    (
      await db.all<{ n: number }>(
        'SELECT count(*)::INTEGER AS n FROM events WHERE project_id = ?',
        [DENSE_PROJECT_ID],
      )
    )[0]?.n ?? 0;
  if ((await count()) > 0) return count();
  const sessions = Math.floor(events / 8);
  // Sessions start evenly over the window minus 1 h, so every session's 8 minutes stay inside it.
  const spacingMs = Math.floor((30 * 86_400_000 - 3_600_000) / sessions);
  await db.run(
    `INSERT INTO events (id, name, project_id, session_id, profile_id, created_at)
     SELECT 'dense-' || i || '-' || j,
       CASE WHEN j = 0 THEN 'session_start' WHEN j = 7 THEN 'session_end'
            WHEN j = 5 AND i % 3 = 0 THEN 'add_to_cart' WHEN j = 6 AND i % 6 = 0 THEN 'purchase'
            ELSE 'screen_view' END,
       $project,
       CASE WHEN i % 50 = 0 THEN '' ELSE 'dense-s' || i END,
       'dense-p' || (i % 40000),
       epoch_ms($start::BIGINT + i * $spacing::BIGINT + CASE WHEN j = 1 AND i % 11 = 0 THEN 0 ELSE j * 60000 END)
     FROM range($sessions::BIGINT) r(i), range(8) s(j)`,
    {
      project: DENSE_PROJECT_ID,
      start: BigInt(startUtc.getTime()),
      spacing: BigInt(spacingMs),
      sessions: BigInt(sessions),
    },
  );
  return count();
}

type Counter = (db: EmulatorDb, input: FunnelUsersInput) => Promise<number[]>;

async function time(db: EmulatorDb, counter: Counter, input: FunnelUsersInput) {
  const times: number[] = [];
  let users: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    users = await counter(db, input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), users };
}

const keepDir = process.env.BENCH_DATA_DIR;
const dir = keepDir ?? mkdtempSync(join(tmpdir(), 'funnel-bench-'));
let mismatch = false;
try {
  const db = await openEmulatorDb(dir);
  try {
    const [seeded] = await db.all<{ n: number }>(
      'SELECT count(*)::INTEGER AS n FROM projects WHERE id = ?',
      [DEMO_PROJECT_ID],
    );
    if ((seeded?.n ?? 0) === 0) await seedOrganization(db, { timezone: TIMEZONE, now: NOW });
    const generated = await ensureDemoData(db, {
      seed: 42,
      now: NOW,
      timezone: TIMEZONE,
      events: EVENTS,
    });
    const window = resolveFunnelWindow({ range: '30d' }, TIMEZONE, NOW);
    const dense = await ensureDenseEvents(db, window.startUtc, EVENTS);
    const [demo] = await db.all<{ total: number; inWindow: number }>(
      `SELECT count(*)::INTEGER AS total,
         count(*) FILTER (WHERE created_at BETWEEN $1::TIMESTAMP AND $2::TIMESTAMP)::INTEGER AS inWindow
       FROM events WHERE project_id = $3`,
      [window.startUtc.toISOString(), window.endUtc.toISOString(), DEMO_PROJECT_ID],
    );
    console.log(
      `\n## Funnel benchmark: 30d window ${window.start} … ${window.end} ${TIMEZONE}, windowHours 24, ` +
        `${RUNS} runs per case\n\n` +
        `- demo: ${(demo?.total ?? 0).toLocaleString('en-US')} events, ` +
        `${(demo?.inWindow ?? 0).toLocaleString('en-US')} in the window ` +
        `(generation: ${generated.mode}, ${(generated.ms / 1000).toFixed(1)} s)\n` +
        `- dense: ${dense.toLocaleString('en-US')} events, all in the window\n`,
    );
    console.log(
      '| data | funnel | before p50 / p95 ms | after p50 / p95 ms | users per step |\n|---|---|---|---|---|',
    );
    for (const [data, projectId] of [
      ['demo', DEMO_PROJECT_ID],
      ['dense', DENSE_PROJECT_ID],
    ] as const) {
      for (const { label, steps, groupBy } of CASES) {
        const input: FunnelUsersInput = {
          projectId,
          startUtc: window.startUtc,
          endUtc: window.endUtc,
          steps: steps.map((name) => ({ name })),
          windowHours: 24,
          groupBy,
        };
        const before = await time(db, countFunnelUsersReference, input);
        const after = await time(db, countFunnelUsers, input);
        const same = before.users.join() === after.users.join();
        mismatch ||= !same;
        console.log(
          `| ${data} | ${label} | ${fmt(before.p50)} / ${fmt(before.p95)} | ${fmt(after.p50)} / ${fmt(after.p95)} | ` +
            (same
              ? after.users.join(', ')
              : `**MISMATCH** before ${before.users.join(', ')} after ${after.users.join(', ')}`) +
            ' |',
        );
      }
    }
  } finally {
    db.close();
  }
} finally {
  if (!keepDir) rmSync(dir, { recursive: true, force: true });
}
if (mismatch) process.exitCode = 1;
