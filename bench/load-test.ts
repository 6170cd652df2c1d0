/**
 * `npm run bench:load` (issue 8 §4): 200 concurrent clients for 60 s on the BFF's chart and event
 * endpoints, like a team opening the same few dashboards. Goals: 0 errors, 0 upstream 429s, the BFF's RSS
 * at the end within 20 % of its RSS after warm-up; p50/p99 reported. 127.0.0.1 only, bounded in time.
 *
 * Three processes, as in bench/bff-bench.ts, so the figures do not share one event loop: the emulator (a
 * child, with its real 100-per-10-s limit of §3, counting the 429s it sends), the BFF (a child started by
 * the real `startServer`, with its default cache, coalescing and upstream limiter) and this process, which
 * only drives autocannon. The children are this same file started with LOAD_ROLE=emulator|bff.
 *
 * Environment: LOAD_SECONDS (60, at most 120), LOAD_CONNECTIONS (200, at most 400), LOAD_WARMUP_SECONDS
 * (10), BENCH_EVENTS (200000), BENCH_DATA_DIR (reuse an emulator database).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BENCH_NOW, BENCH_TIMEZONE } from './bench-stack.ts';
import { loadAverageText, writeBenchResult } from './bench-result.ts';

const SECONDS = Math.max(1, Math.min(120, Number(process.env.LOAD_SECONDS ?? 60)));
const CONNECTIONS = Math.max(1, Math.min(400, Number(process.env.LOAD_CONNECTIONS ?? 200)));
const WARMUP_SECONDS = Math.max(1, Math.min(30, Number(process.env.LOAD_WARMUP_SECONDS ?? 10)));
const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const RSS_TOLERANCE = 0.2;

/** A child says where it listens with one `READY <url>` line on stdout. */
const announce = (url: string) => console.log(`READY ${url}`);

/** What the emulator child tells the parent (over IPC) when asked. */
interface UpstreamCounts {
  requests: number;
  limited: number;
}

async function runEmulatorChild() {
  const { startEmulator } = await import('../src/emulator/start-emulator.ts');
  const emulator = await startEmulator({
    port: 0,
    host: '127.0.0.1',
    dataDir: process.env.LOAD_DATA_DIR,
    events: EVENTS,
    now: BENCH_NOW,
    timezone: BENCH_TIMEZONE,
    simulator: false,
  });
  // Every request passes the limiter first (§3), so wrapping it counts all upstream calls and the 429s.
  const counts: UpstreamCounts = { requests: 0, limited: 0 };
  const limiter = emulator.ctx.limiter;
  const hit = limiter.hit.bind(limiter);
  limiter.hit = (...args: Parameters<typeof hit>) => {
    const verdict = hit(...args);
    counts.requests += 1;
    if (verdict.limited) counts.limited += 1;
    return verdict;
  };
  process.on('message', () => process.send?.(counts));
  announce(emulator.url);
}

async function runBffChild() {
  const { DEMO_ROOT_CLIENT, startServer } = await import('../src/server/start-server.ts');
  const server = await startServer(
    {
      OPENPANEL_API_URL: process.env.LOAD_UPSTREAM,
      OPENPANEL_CLIENT_ID: DEMO_ROOT_CLIENT.id,
      OPENPANEL_CLIENT_SECRET: DEMO_ROOT_CLIENT.secret,
      OPENPANEL_TIMEZONE: BENCH_TIMEZONE,
      PORT: '0',
      HOST: '127.0.0.1',
    },
    // The real server writes a line per request; at thousands per second that is the bench's own noise.
    { log: () => {}, distDir: join(tmpdir(), 'load-test-no-dist') },
  );
  announce(server.url);
}

function startChild(role: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, ...env, LOAD_ROLE: role },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise<{ url: string; child: ChildProcess }>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match) resolve({ url: match[1] as string, child });
    });
    child.once('exit', (code) => reject(new Error(`${role} child exited with ${code}`)));
  });
}

function upstreamCounts(emulator: ChildProcess) {
  return new Promise<UpstreamCounts>((resolve) => {
    emulator.once('message', (counts) => resolve(counts as UpstreamCounts));
    emulator.send('counts');
  });
}

/** Resident set size of a process in MB, from /proc (Linux). */
function rssMb(pid: number | undefined): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));
/** The dashboards a team keeps opening: four charts and two event tables. */
const PATHS = [
  `/api/projects/demo/chart?range=30d&interval=day&series=${json([{ name: 'screen_view' }])}`,
  `/api/projects/demo/chart?range=30d&interval=day&series=${json([{ name: 'screen_view' }])}&breakdowns=${json([{ name: 'country' }])}`,
  `/api/projects/demo/chart?range=7d&interval=day&series=${json([{ name: 'session_start' }, { name: 'screen_view' }])}`,
  `/api/projects/demo/chart?range=30d&interval=day&previous=true&series=${json([{ name: 'add_to_cart' }])}`,
  '/api/projects/demo/events?limit=50&page=1',
  '/api/projects/demo/events?limit=50&page=1&event=screen_view',
];

async function hammer(url: string, seconds: number) {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (req) => ({ ...req, path: PATHS[next++ % PATHS.length] }),
      },
    ],
  });
}

async function runLoadTest() {
  const ownDir = process.env.BENCH_DATA_DIR === undefined;
  const dataDir = process.env.BENCH_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'load-test-'));
  const children: ChildProcess[] = [];
  try {
    const emulator = await startChild('emulator', { LOAD_DATA_DIR: dataDir });
    children.push(emulator.child);
    const bff = await startChild('bff', { LOAD_UPSTREAM: emulator.url });
    children.push(bff.child);
    for (const path of PATHS) {
      const response = await fetch(`${bff.url}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status} before the load`);
      await response.arrayBuffer();
    }
    const warm = await hammer(bff.url, WARMUP_SECONDS);
    const rssWarm = rssMb(bff.child.pid);
    const before = await upstreamCounts(emulator.child);
    const result = await hammer(bff.url, SECONDS);
    const rssEnd = rssMb(bff.child.pid);
    const after = await upstreamCounts(emulator.child);
    return { warm, result, rssWarm, rssEnd, before, after };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const { warm, result, rssWarm, rssEnd, after } = await runLoadTest();
  const errors = result.errors + result.non2xx;
  const answered = Object.values(result.statusCodeStats).reduce((sum, { count }) => sum + count, 0);
  const warmErrors = warm.errors + warm.non2xx;
  const statuses = Object.entries(result.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(' ');
  const rssChange = (rssEnd - rssWarm) / rssWarm;
  const lines = [
    `Load test: ${CONNECTIONS} connections × ${SECONDS} s on 127.0.0.1 after a ${WARMUP_SECONDS} s warm-up, ` +
      `${PATHS.length} distinct BFF requests (4 charts, 2 event pages), ${EVENTS.toLocaleString('en-US')} events`,
    `  requests: ${answered} (${result.requests.average.toFixed(0)} req/s); statuses ${statuses}`,
    `  errors: ${errors} (socket errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}); warm-up errors ${warmErrors}`,
    `  latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    `  upstream: ${after.requests} requests in all, ${after.limited} answered 429`,
    `  BFF RSS: ${rssWarm.toFixed(0)} MB after warm-up, ${rssEnd.toFixed(0)} MB at the end (${(rssChange * 100).toFixed(1)} %)`,
    `  load average: ${loadAverageText()}`,
  ];
  console.log(lines.join('\n'));
  const label = `${CONNECTIONS} clients × ${SECONDS} s`;
  await writeBenchResult('load', [
    {
      figure: `Load through the BFF (${label}): errors`,
      goal: '0',
      measured: `${errors} of ${answered} (${result.requests.average.toFixed(0)} req/s)`,
      status: errors === 0 && warmErrors === 0 ? 'pass' : 'fail',
    },
    {
      figure: `Load through the BFF (${label}): upstream 429s`,
      goal: '0',
      measured: `${after.limited} of ${after.requests} upstream calls`,
      status: after.limited === 0 ? 'pass' : 'fail',
    },
    {
      figure: `Load through the BFF (${label}): latency`,
      goal: 'reported',
      measured: `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
      status: 'info',
    },
    {
      figure: `Load through the BFF (${label}): RSS end vs after warm-up`,
      goal: 'within 20 %',
      measured: `${rssWarm.toFixed(0)} → ${rssEnd.toFixed(0)} MB (${rssChange >= 0 ? '+' : ''}${(rssChange * 100).toFixed(1)} %)`,
      status: Math.abs(rssChange) <= RSS_TOLERANCE ? 'pass' : 'fail',
    },
  ]);
}

const role = process.env.LOAD_ROLE;
if (role === 'emulator') await runEmulatorChild();
else if (role === 'bff') await runBffChild();
else {
  await main();
  process.exit(0);
}
