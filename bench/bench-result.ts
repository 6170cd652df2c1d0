/**
 * What each benchmark hands to `bench/run-all.ts`: one or more rows of the summary table, written as
 * bench/results/<name>.json so the run-all process can read them after the bench's own process ended.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

export type BenchStatus = 'pass' | 'fail' | 'info';

export interface BenchRow {
  figure: string;
  goal: string;
  measured: string;
  status: BenchStatus;
}

export const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

/** The 1/5/15-minute load average: on the shared 2-core machine every figure must be read next to it. */
export function loadAverageText(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** Writes `text` to bench/results/<file>, formatted as the repository's prettier would (format:check). */
export async function writeResultFile(file: string, text: string): Promise<void> {
  const { format, resolveConfig } = await import('prettier');
  const path = `${RESULTS_DIR}${file}`;
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path, await format(text, { ...(await resolveConfig(path)), filepath: path }));
}

export async function writeBenchResult(name: string, rows: BenchRow[]): Promise<void> {
  const body = { rows, loadAverage: loadAverageText(), at: new Date().toISOString() };
  await writeResultFile(`${name}.json`, JSON.stringify(body));
}
