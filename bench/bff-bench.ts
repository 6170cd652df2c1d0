/**
 * `npm run bench:bff`: BFF vs direct-to-emulator throughput and latency, uncached and cached, on 127.0.0.1
 * only and bounded (BENCH_SECONDS per case, default 10; 20 connections), because the machine has two shared
 * cores. "Uncached" gives every request a distinct series name (the BFF's cache and coalescing cannot help,
 * and its limiter is lifted so the comparison measures the proxy path, not the upstream's 100/10 s);
 * "cached" repeats one request. Prints a markdown table with the ratios.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import { startEmulator } from '../src/emulator/start-emulator.ts';
import { parseServerEnv } from '../src/server/config/server-env.ts';
import { createBffApp } from '../src/server/create-bff-app.ts';
import { createProjectDirectory } from '../src/server/project-directory.ts';
import { DEMO_ROOT_CLIENT } from '../src/server/start-server.ts';
import { systemClock } from '../src/server/upstream/clock.ts';
import { createUpstreamClient } from '../src/server/upstream/upstream-client.ts';
import { createUpstreamLimiter } from '../src/server/upstream/upstream-limiter.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const dir = mkdtempSync(join(tmpdir(), 'bff-bench-'));
const emulator = await startEmulator({
  port: 0,
  host: '127.0.0.1',
  dataDir: join(dir, 'db'),
  events: Number(process.env.BENCH_EVENTS ?? 100_000),
  log: () => {},
});
// The emulator enforces the real 100 per 10 s; the bench measures throughput, so its limit is lifted.
emulator.ctx.limiter.hit = () => ({ limited: false, headers: {} });

function bff(cacheTtlMs: number) {
  const env = parseServerEnv({ CACHE_TTL_MS: String(cacheTtlMs) });
  const unlimited = { export: 1e9, insights: 1e9, manage: 1e9 };
  const upstream = createUpstreamClient({
    baseUrl: emulator.url,
    clientId: DEMO_ROOT_CLIENT.id,
    clientSecret: DEMO_ROOT_CLIENT.secret,
    fetch: (input, init) => fetch(input, init),
    clock: systemClock,
    limiter: createUpstreamLimiter({ clock: systemClock, limits: unlimited }),
    timeoutMs: env.UPSTREAM_TIMEOUT_MS,
    cacheTtlMs,
  });
  const app = createBffApp({
    env,
    mode: 'demo',
    upstream,
    projects: createProjectDirectory(upstream, systemClock),
    access: { mode: 'open' },
    sessionSecret: 'x'.repeat(32),
    shareSecret: 'y'.repeat(32),
    clock: systemClock,
    log: () => {},
  });
  return new Promise<{ url: string; close: () => void }>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

let counter = 0;
const series = (distinct: boolean) =>
  encodeURIComponent(
    JSON.stringify([{ name: distinct ? `screen_view_${counter++}` : 'screen_view' }]),
  );

async function run(
  base: string,
  path: (distinct: boolean) => string,
  distinct: boolean,
  headers: Record<string, string>,
) {
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    requests: [{ setupRequest: (req: { path?: string }) => ({ ...req, path: path(distinct) }) }],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
  };
}

const directPath = (d: boolean) =>
  `/export/charts?projectId=demo&range=30d&interval=day&series=${series(d)}`;
const bffPath = (d: boolean) =>
  `/api/projects/demo/chart?range=30d&interval=day&series=${series(d)}`;
const creds = {
  'openpanel-client-id': DEMO_ROOT_CLIENT.id,
  'openpanel-client-secret': DEMO_ROOT_CLIENT.secret,
};

const rows: string[] = [];
try {
  const uncachedBff = await bff(0);
  const cachedBff = await bff(60_000);
  const directUncached = await run(emulator.url, directPath, true, creds);
  const viaBffUncached = await run(uncachedBff.url, bffPath, true, {});
  const directCached = await run(emulator.url, directPath, false, creds);
  const viaBffCached = await run(cachedBff.url, bffPath, false, {});
  const row = (name: string, r: Awaited<ReturnType<typeof run>>, base: typeof r) =>
    `| ${name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${(r.rps / base.rps).toFixed(2)}× |`;
  rows.push(
    '| case | req/s | p50 ms | p99 ms | non-2xx | vs direct |',
    '|---|---|---|---|---|---|',
  );
  rows.push(row('direct, distinct charts', directUncached, directUncached));
  rows.push(row('BFF uncached, distinct charts', viaBffUncached, directUncached));
  rows.push(row('direct, one repeated chart', directCached, directCached));
  rows.push(row('BFF cached, one repeated chart', viaBffCached, directCached));
  uncachedBff.close();
  cachedBff.close();
} finally {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nBFF benchmark (${SECONDS} s per case, ${CONNECTIONS} connections, 127.0.0.1)\n`);
console.log(rows.join('\n'));
