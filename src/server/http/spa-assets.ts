import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function fileIfPresent(path: string): Promise<Buffer | null> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/**
 * The built SPA from `dist/`: a file when it exists (never outside dist/), else index.html so client-side
 * routes such as `/s/<token>` load the app. Hashed assets are immutable; index.html is revalidated.
 */
export async function serveSpa(c: Context, distDir: string): Promise<Response | null> {
  const root = resolve(distDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    return null;
  }
  const candidate = resolve(join(root, pathname));
  if (candidate.startsWith(root + sep) && !pathname.includes('\0')) {
    const body = await fileIfPresent(candidate);
    if (body) {
      const immutable = pathname.startsWith('/assets/');
      return c.body(new Uint8Array(body), 200, {
        'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
  }
  if (extname(pathname) !== '' && !pathname.startsWith('/s/')) return null;
  const index = await fileIfPresent(join(root, 'index.html'));
  if (!index) return null;
  return c.body(new Uint8Array(index), 200, {
    'content-type': TYPES['.html'] as string,
    'cache-control': 'no-cache',
  });
}
