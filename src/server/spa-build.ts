import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the SPA with Vite's JS API when dist/ is missing or older than its sources. */
export async function buildSpaIfStale(root: string, log: (line: string) => void): Promise<void> {
  const built = newestMtime(join(root, 'dist', 'index.html'));
  const sources = Math.max(
    ...[
      'src/app',
      'src/contract',
      'index.html',
      'public',
      'vite.config.ts',
      'tailwind.config.ts',
    ].map((p) => newestMtime(join(root, p))),
  );
  if (built > 0 && built >= sources) return;
  log(
    built === 0
      ? 'Building the dashboard (first start)…'
      : 'Sources changed: rebuilding the dashboard…',
  );
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}
