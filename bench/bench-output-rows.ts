/**
 * Summary rows (bench-result.ts) read from what the older benches print — bench/emulator-bench.ts,
 * bench/bff-bench.ts (its bench/results/bff.md) and bench/funnel-bench.ts print markdown tables and are
 * not to be rewritten — and from `size-limit --json`. A figure that cannot be found becomes a failing row
 * that says so, never a silent gap in the table.
 */
import type { BenchRow } from './bench-result.ts';

const missing = (figure: string): BenchRow => ({
  figure,
  goal: '–',
  measured: 'no result (see the log)',
  status: 'fail',
});

/** The cells of every markdown table row in `text` (header and divider rows included). */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

/** `size-limit --json`: sizes in bytes; size-limit's kB are 1,000 bytes. */
export function sizeRows(output: string): BenchRow[] {
  const figure = 'JS shipped for the chart page (gzip, size-limit)';
  const start = output.indexOf('[');
  try {
    const [check] = JSON.parse(output.slice(start)) as { size: number; sizeLimit: number }[];
    if (!check || start < 0) return [missing(figure)];
    return [
      {
        figure,
        goal: `≤ ${(check.sizeLimit / 1000).toFixed(0)} kB`,
        measured: `${(check.size / 1000).toFixed(1)} kB`,
        status: check.size <= check.sizeLimit ? 'pass' : 'fail',
      },
    ];
  } catch {
    return [missing(figure)];
  }
}

/** bench/emulator-bench.ts: generation time, restart time and p50/p95 of each request case. */
export function emulatorRows(output: string): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const cells of tableRows(output)) {
    const [label = '', a = '', b = '', c = '', status = ''] = cells;
    if (label === 'generate + load' || label.startsWith('later start')) {
      rows.push({ figure: `Emulator: ${label}`, goal: '–', measured: a, status: 'info' });
    } else if (/^\d+$/.test(a) && cells.length === 5) {
      rows.push({
        figure: `Emulator: ${label}`,
        goal: '–',
        measured: `p50 ${b} ms, p95 ${c} ms (${a} requests)`,
        status: status.includes('**') ? 'fail' : 'info',
      });
    }
  }
  return rows.length > 0 ? rows : [missing('Emulator benchmark')];
}

/** bench/results/bff.md: the BFF rows' "vs direct" ratios against the goals of issue 3. */
export function bffRows(markdown: string): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const cells of tableRows(markdown)) {
    const [label = '', rps = '', p50 = '', p99 = '', , ratio = ''] = cells;
    if (!label.startsWith('BFF ')) continue;
    const goal = label.startsWith('BFF cached') ? 5 : 0.8;
    const value = Number.parseFloat(ratio);
    rows.push({
      figure: `${label} (req/s vs direct)`,
      goal: `≥ ${goal}×`,
      measured: `${ratio} (${rps} req/s, p50 ${p50} ms, p99 ${p99} ms)`,
      status: value >= goal ? 'pass' : 'fail',
    });
  }
  return rows.length > 0 ? rows : [missing('BFF benchmark')];
}

/**
 * bench/funnel-bench.ts: the current implementation's p50/p95 of the 4-step funnels (the heaviest cases;
 * the bench's own table has the 2-step ones too).
 */
export function funnelRows(output: string): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const cells of tableRows(output)) {
    const [data = '', funnel = '', , after = '', users = ''] = cells;
    if ((data !== 'demo' && data !== 'dense') || !funnel.startsWith('4 steps')) continue;
    rows.push({
      figure: `Funnel (${data}): ${funnel}`,
      goal: '–',
      measured: `p50 / p95 ${after} ms`,
      status: users.includes('MISMATCH') ? 'fail' : 'info',
    });
  }
  return rows.length > 0 ? rows : [missing('Funnel benchmark')];
}
