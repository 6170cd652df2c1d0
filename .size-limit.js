// The JS budget of the chart page (issue 8 §2: ≤ 260 KB gzip), checked by `npm run size` after a build.
//
// Chunk names carry content hashes and Rollup names shared chunks after whichever module it picked first, so
// a list of globs would silently measure the wrong files after the next refactor. Instead this walks what a
// browser really fetches for `/p/$projectId/charts`: the scripts and modulepreloads of the built index.html,
// then the route chunks the router loads for that URL (the `p.$projectId` layout and the charts route), each
// with every chunk it imports statically. Chunks behind a dynamic import() (other routes, things loaded on a
// click) are not part of the first chart, so they are left out.
//
// SIZE_DIST points at another build (the benches build into a temporary directory).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

const dist = process.env.SIZE_DIST ?? 'dist';
/** The TanStack router's file-route chunks for the chart page: layout first, then the page. */
const ROUTE_CHUNKS = [/^p\._projectId-[\w-]+\.js$/, /^p\._projectId\.charts-[\w-]+\.js$/];

function chartPageChunks() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const start = [
    ...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/(assets\/[^"]+\.js)"/g),
  ].map((m) => m[1]);
  const assets = readdirSync(join(dist, 'assets'));
  for (const pattern of ROUTE_CHUNKS) {
    const found = assets.filter((name) => pattern.test(name));
    if (found.length !== 1) {
      throw new Error(`size-limit: expected one chunk matching ${pattern} in ${dist}/assets`);
    }
    start.push(`assets/${found[0]}`);
  }
  const seen = new Set();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only, as minified output writes them: `from"./x.js"` and bare `import"./x.js"`.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(posix.join(posix.dirname(file), m[1]));
    }
  }
  return [...seen].sort();
}

export default [
  {
    name: 'JS for /p/$projectId/charts (entry + charts route, static imports)',
    // Before a build there is nothing to measure: the pattern makes size-limit fail naming dist/.
    path: existsSync(join(dist, 'index.html'))
      ? chartPageChunks().map((f) => join(dist, f))
      : [join(dist, 'index.html')],
    // Issue 8 §2: ≤ 260 KB. Measured 256.5 KB after three cuts from 289 KB: the contract on zod/mini (−16 KB),
    // the pointer tooltip drawn by us instead of Recharts' Tooltip (−9 KB), and the bar/area shapes, dialogs,
    // popover and PNG export loaded on demand (on-demand-chart-code.tsx, −7 KB). What remains is mostly
    // react-dom (~62 KB), Recharts with its d3/redux dependencies (~85 KB) and the router (~23 KB).
    limit: '260 KB',
    gzip: true,
  },
];
