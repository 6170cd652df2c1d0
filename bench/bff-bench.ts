/**
 * `npm run bench:bff`: BFF vs direct-to-emulator throughput and latency, uncached and cached, on 127.0.0.1
 * only and bounded (BENCH_SECONDS per case, default 10; 20 connections).
 *
 * Three processes, so the figures do not share one event loop: the emulator (a child), the BFF (a child) and
 * this process, which only drives autocannon. The children are this same file started with
 * BFF_BENCH_ROLE=emulator|bff. The emulator child reads the same EMULATOR_* variables as src/emulator/main.ts
 * but lifts the emulator's 100-per-10-s limit (§3), which main.ts cannot do: the bench measures throughput,
 * not the upstream's rate limit. For the same reason the BFF child lifts its own limiter.
 *
 * The cases (see `Variant`): two uncached kinds, every request different so the BFF's cache and coalescing
 * cannot help, and one cached. Each runs as 2 alternating halves. Besides req/s and latency, the table gives
 * each process's CPU per request, which does not depend on other load on the shared machine. Prints the
 * table and writes it to bench/results/bff.md.
 * Environment: BENCH_SECONDS (10, at most 10), BENCH_EVENTS (200000), BENCH_CONNECTIONS (20).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';

const SECONDS = Math.min(10, Number(process.env.BENCH_SECONDS ?? 10));
const ROUNDS = 2;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const NOW = '2026-08-22T12:00:00.000Z';
const ROOT = { id: 'a0000000-0000-4000-8000-000000000001', secret: 'demo-root-secret' };

/** A child says where it listens with one `READY <url>` line on stdout. */
const announce = (url: string) => console.log(`READY ${url}`);

async function runEmulatorChild() {
  const { emulatorConfig } = await import('../src/emulator/emulator-config.ts');
  const { startEmulator } = await import('../src/emulator/start-emulator.ts');
  const emulator = await startEmulator({ ...emulatorConfig(process.env), log: () => {} });
  emulator.ctx.limiter.hit = () => ({ limited: false, headers: {} });
  announce(emulator.url);
}

async function runBffChild() {
  const { parseServerEnv } = await import('../src/server/config/server-env.ts');
  const { createBffApp } = await import('../src/server/create-bff-app.ts');
  const { createProjectDirectory } = await import('../src/server/project-directory.ts');
  const { systemClock } = await import('../src/server/upstream/clock.ts');
  const { createUpstreamClient } = await import('../src/server/upstream/upstream-client.ts');
  const { createUpstreamLimiter } = await import('../src/server/upstream/upstream-limiter.ts');
  const { createNodeHttpTransport } = await import('../src/server/upstream/upstream-transport.ts');
  const env = parseServerEnv(process.env);
  const unlimited = { export: 1e9, insights: 1e9, manage: 1e9 };
  const upstream = createUpstreamClient({
    baseUrl: env.OPENPANEL_API_URL,
    clientId: ROOT.id,
    clientSecret: ROOT.secret,
    transport: createNodeHttpTransport(),
    clock: systemClock,
    limiter: createUpstreamLimiter({ clock: systemClock, limits: unlimited }),
    timeoutMs: env.UPSTREAM_TIMEOUT_MS,
    cacheTtlMs: env.CACHE_TTL_MS,
  });
  const app = createBffApp({
    env,
    mode: 'live',
    upstream,
    projects: createProjectDirectory(upstream, systemClock),
    access: { mode: 'open' },
    sessionSecret: 'x'.repeat(32),
    shareSecret: 'y'.repeat(32),
    clock: systemClock,
    // The real server logs one line per request to stdout; so does the bench BFF (to /dev/null).
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
    announce(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
}

function startChild(role: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, ...env, BFF_BENCH_ROLE: role },
    stdio: ['ignore', 'pipe', 'ignore'],
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

/**
 * What each request asks for. `empty`: a new event name every time, which matches nothing, so the emulator
 * answers fast and the BFF's own cost weighs most (the worst case for the ratio). `real`: screen_view with a
 * new no-op filter every time (real data, still never cached). `same`: one chart, repeated.
 */
type Variant = 'empty' | 'real' | 'same';
let counter = 0;
const series = (variant: Variant) => {
  const n = counter++;
  const item =
    variant === 'empty'
      ? { name: `screen_view_${n}` }
      : variant === 'real'
        ? { name: 'screen_view', filters: [{ name: 'path', operator: 'isNot', value: [`/x${n}`] }] }
        : { name: 'screen_view' };
  return encodeURIComponent(JSON.stringify([item]));
};
const directPath = (v: Variant) =>
  `/export/charts?projectId=demo&range=30d&interval=day&series=${series(v)}`;
const bffPath = (v: Variant) =>
  `/api/projects/demo/chart?range=30d&interval=day&series=${series(v)}`;

const CREDENTIALS = { 'openpanel-client-id': ROOT.id, 'openpanel-client-secret': ROOT.secret };

/**
 * CPU time (user + system, ms) a process has used, from /proc (Linux; NaN elsewhere). Per request it is the
 * figure that does not depend on what else the shared machine is doing, unlike req/s.
 */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in 100 Hz ticks
  } catch {
    return Number.NaN;
  }
}

async function measure(
  base: string,
  path: (v: Variant) => string,
  variant: Variant,
  pids: { emulator?: number; bff?: number },
  headers: Record<string, string> = {},
) {
  // One warm-up request (project list, JIT) so the first second is not mostly start-up.
  await fetch(`${base}${path(variant)}`, { headers });
  const before = { emulator: cpuMs(pids.emulator), bff: cpuMs(pids.bff) };
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS / ROUNDS,
    headers,
    requests: [{ setupRequest: (req: { path?: string }) => ({ ...req, path: path(variant) }) }],
  });
  const requests = Math.max(1, result.requests.average * (SECONDS / ROUNDS));
  return {
    emulatorCpu: (cpuMs(pids.emulator) - before.emulator) / requests,
    bffCpu: pids.bff === undefined ? 0 : (cpuMs(pids.bff) - before.bff) / requests,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
  };
}
type Measured = Awaited<ReturnType<typeof measure>>;

async function runBench() {
  const dir = mkdtempSync(join(tmpdir(), 'bff-bench-'));
  const children: ChildProcess[] = [];
  try {
    const emulator = await startChild('emulator', {
      EMULATOR_PORT: '0',
      EMULATOR_HOST: '127.0.0.1',
      EMULATOR_DATA: join(dir, 'db'),
      EMULATOR_EVENTS: String(EVENTS),
      EMULATOR_NOW: NOW,
    });
    children.push(emulator.child);
    const bff = (ttl: number) =>
      startChild('bff', { OPENPANEL_API_URL: emulator.url, CACHE_TTL_MS: String(ttl) });
    const uncached = await bff(0);
    children.push(uncached.child);
    const cached = await bff(60_000);
    children.push(cached.child);
    // Direct and BFF alternate in ROUNDS short runs, so a burst of load from elsewhere on the shared
    // machine hits both sides of a ratio instead of one.
    const emu = { emulator: emulator.child.pid };
    const viaUncached = { ...emu, bff: uncached.child.pid };
    const viaCached = { ...emu, bff: cached.child.pid };
    const cases = [
      ['direct, a new empty chart each time', emulator.url, directPath, 'empty', emu],
      ['BFF uncached, a new empty chart each time', uncached.url, bffPath, 'empty', viaUncached],
      ['direct, a new real chart each time', emulator.url, directPath, 'real', emu],
      ['BFF uncached, a new real chart each time', uncached.url, bffPath, 'real', viaUncached],
      ['direct, one repeated chart', emulator.url, directPath, 'same', emu],
      ['BFF cached, one repeated chart', cached.url, bffPath, 'same', viaCached],
    ] as const;
    const runs: Measured[][] = cases.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [, url, path, variant, pids]] of cases.entries()) {
        const headers = path === directPath ? CREDENTIALS : {};
        runs[i]!.push(await measure(url, path, variant, pids, headers));
      }
    }
    const mean = (ms: Measured[]): Measured => {
      const avg = (f: (m: Measured) => number) => ms.reduce((a, m) => a + f(m), 0) / ms.length;
      return {
        emulatorCpu: avg((m) => m.emulatorCpu),
        bffCpu: avg((m) => m.bffCpu),
        rps: avg((m) => m.rps),
        p50: Math.round(avg((m) => m.p50)),
        p99: Math.round(avg((m) => m.p99)),
        non2xx: ms.reduce((a, m) => a + m.non2xx, 0),
      };
    };
    const means = runs.map(mean);
    // Each BFF row is compared with the direct row before it.
    const results: [string, Measured, Measured][] = cases.map(([name], i) => [
      name,
      means[i]!,
      means[i - (i % 2)]!,
    ]);
    return results;
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

async function report(results: [string, Measured, Measured][]) {
  const lines = [
    '# BFF benchmark',
    '',
    `\`npm run bench:bff\`: ${SECONDS} s per case (${ROUNDS} alternating runs, averaged), ${CONNECTIONS} connections, 127.0.0.1; emulator, BFF and ` +
      `autocannon in separate processes; ${EVENTS} demo events; ${cpus().length} CPU cores ` +
      `(${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}. The emulator's and the BFF's rate ` +
      'limits are lifted. "Empty" charts name a new event each time (nothing matches: the cheapest upstream ' +
      'answer, so the worst case for the ratio); "real" ones count screen_view with a new no-op filter each ' +
      'time; the BFF caches neither. "One repeated chart" is the cached case.',
    '',
    '| case | req/s | p50 ms | p99 ms | non-2xx | vs direct | emulator CPU ms/req | BFF CPU ms/req | CPU-bound ratio |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map(([name, r, base]) => {
      const bff = name.startsWith('BFF');
      // What the ratio would be on a machine the two processes saturate: direct CPU / (emulator + BFF CPU).
      const cpuRatio = base.emulatorCpu / (r.emulatorCpu + r.bffCpu);
      return (
        `| ${name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${(r.rps / base.rps).toFixed(2)}× | ` +
        `${r.emulatorCpu.toFixed(2)} | ${bff ? r.bffCpu.toFixed(2) : '–'} | ${bff ? `${cpuRatio.toFixed(2)}×` : '–'} |`
      );
    }),
    '',
    `Load average while it ran: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' / ',
      )} (1/5/15 min). req/s on a shared machine moves with other load; the CPU columns ` +
      '(from /proc, per request) do not. "CPU-bound ratio" = direct emulator CPU ÷ (emulator + BFF CPU) ' +
      'per request: the throughput ratio when the machine is saturated (autocannon left out).',
    '',
    'Goals (issue 3): uncached BFF ≥ 0.8× direct; cached BFF ≥ 5× direct.',
  ];
  // Formatted like the rest of the repository, so `npm run format:check` accepts the written file.
  const { format, resolveConfig } = await import('prettier');
  const file = fileURLToPath(new URL('./results/bff.md', import.meta.url));
  const text = await format(lines.join('\n'), {
    ...(await resolveConfig(file)),
    parser: 'markdown',
  });
  console.log(`\n${text}`);
  const out = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(out, { recursive: true });
  writeFileSync(file, text);
}

const role = process.env.BFF_BENCH_ROLE;
if (role === 'emulator') await runEmulatorChild();
else if (role === 'bff') await runBffChild();
else {
  await report(await runBench());
  process.exit(0);
}
