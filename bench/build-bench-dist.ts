/**
 * A fresh production build of the SPA for the browser benches, in a temporary directory so it never
 * touches dist/ (which e2e and other engineers use). BENCH_DIST reuses an existing build instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function buildBenchDist(): string {
  const given = process.env.BENCH_DIST;
  if (given) {
    if (!existsSync(join(given, 'index.html')))
      throw new Error(`BENCH_DIST=${given} has no index.html`);
    return given;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 180_000,
  });
  if (built.status !== 0) throw new Error(`vite build failed (status ${built.status})`);
  return outDir;
}
