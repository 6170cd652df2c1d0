/**
 * `npm run bench` (issue 8 §2): every benchmark, one after the other (the machine has two shared cores),
 * each bounded in size and time, then ONE markdown table — figure, goal, measured, status — printed and
 * written to bench/results/summary.md.
 *
 * The SPA is built once into a temporary directory and shared by the size check and the browser benches
 * (BENCH_DIST). The 1M-event emulator database is generated once and shared by the cold-load bench and the
 * load test (BENCH_DATA_DIR, kept when given). The older benches (emulator, BFF, funnel) print their own
 * tables; their figures are read from that output. BENCH_SKIP=name,… leaves benches out (names below).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchDist } from './build-bench-dist.ts';
import { RESULTS_DIR, loadAverageText, writeResultFile } from './bench-result.ts';
import type { BenchRow } from './bench-result.ts';
import { emulatorRows, funnelRows, bffRows, sizeRows } from './bench-output-rows.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SIZE_LIMIT = join(ROOT, 'node_modules', 'size-limit', 'bin.js');
const BENCH_TIMEOUT_MS = 15 * 60_000;
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));

/**
 * Runs one bench in its own process, echoing its output; resolves with its stdout whatever its exit. Only
 * the benches given `shared` see BENCH_DATA_DIR and BENCH_DIST: funnel-bench.ts would otherwise add its
 * dense project to the shared database.
 */
function run(
  label: string,
  args: string[],
  env: Record<string, string | undefined>,
): Promise<string> {
  console.log(`\n### ${label}\n`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, BENCH_DATA_DIR: undefined, BENCH_DIST: undefined, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      process.stdout.write(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), BENCH_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

/** The rows a bench of this directory wrote (bench-result.ts), or one failing row when it wrote none. */
function writtenRows(name: string, figure: string): BenchRow[] {
  const file = `${RESULTS_DIR}${name}.json`;
  if (!existsSync(file))
    return [{ figure, goal: '–', measured: 'no result (see the log)', status: 'fail' }];
  return (JSON.parse(readFileSync(file, 'utf8')) as { rows: BenchRow[] }).rows;
}

const dist = buildBenchDist();
const ownData = process.env.BENCH_DATA_DIR === undefined;
const dataDir = process.env.BENCH_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'bench-1m-'));
// The cold-load bench and the load test share one database of the size issue 8 §2 names.
const shared = { BENCH_DIST: dist, BENCH_DATA_DIR: dataDir, BENCH_EVENTS: '1000000' };
const rows: BenchRow[] = [];
const bench = (name: string) => !skip.has(name);
// Stale results of an earlier run must not pass for this one's.
for (const name of ['cold-load', 'big-chart', 'load'])
  rmSync(`${RESULTS_DIR}${name}.json`, { force: true });

try {
  if (bench('size')) {
    const out = await run('size-limit (chart page JS, gzip)', [SIZE_LIMIT, '--json'], {
      SIZE_DIST: dist,
    });
    rows.push(...sizeRows(out));
  }
  if (bench('cold-load')) {
    await run('cold load → first chart', [TSX, 'bench/cold-load-bench.ts'], shared);
    rows.push(...writtenRows('cold-load', 'Cold load → first chart drawn'));
  }
  if (bench('big-chart')) {
    await run('big chart render', [TSX, 'bench/big-chart-bench.ts'], shared);
    rows.push(...writtenRows('big-chart', 'Big chart render'));
  }
  if (bench('load')) {
    await run('load test', [TSX, 'bench/load-test.ts'], shared);
    rows.push(...writtenRows('load', 'Load through the BFF'));
  }
  if (bench('emulator')) {
    // Its own fresh directory: it times generation itself.
    rows.push(...emulatorRows(await run('emulator', [TSX, 'bench/emulator-bench.ts'], {})));
  }
  if (bench('bff')) {
    await run('BFF vs direct', [TSX, 'bench/bff-bench.ts'], {});
    const file = `${RESULTS_DIR}bff.md`;
    rows.push(...bffRows(existsSync(file) ? readFileSync(file, 'utf8') : ''));
  }
  if (bench('funnel')) {
    // Its own directory (it adds a dense project); fewer runs than its default keep it bounded.
    const out = await run('funnel', [TSX, 'bench/funnel-bench.ts'], { BENCH_RUNS: '5' });
    rows.push(...funnelRows(out));
  }
} finally {
  if (ownData) rmSync(dataDir, { recursive: true, force: true });
  if (!process.env.BENCH_DIST) rmSync(dist, { recursive: true, force: true });
}

const STATUS = { pass: 'pass', fail: '**miss**', info: '–' } as const;
const cell = (text: string) => text.replaceAll('|', '\\|');
const summary = [
  '# Benchmark summary',
  '',
  `\`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} cores ` +
    `(${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average at the end ` +
    `${loadAverageText()} (1/5/15 min; the machine is shared, so times move with it).`,
  '',
  '| figure | goal | measured | status |',
  '|---|---|---|---|',
  ...rows.map(
    (r) => `| ${cell(r.figure)} | ${cell(r.goal)} | ${cell(r.measured)} | ${STATUS[r.status]} |`,
  ),
  '',
].join('\n');
await writeResultFile('summary.md', summary);
console.log(`\n${readFileSync(`${RESULTS_DIR}summary.md`, 'utf8')}`);
// A missed goal is a finding, reported in the table; only a bench that produced no figure fails the run.
process.exit(rows.some((r) => r.measured.startsWith('no result')) ? 1 : 0);
