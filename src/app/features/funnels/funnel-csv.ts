import { countChange } from './count-change.ts';
import type { FunnelStepFigure } from './funnel-step-figures.ts';

/**
 * The funnel as CSV (RFC 4180: comma-separated, CRLF lines, fields quoted when needed). Cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading apostrophe: event names come
 * from tracked data, which anyone with a client id can write.
 */
function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function funnelCsv(
  steps: readonly FunnelStepFigure[],
  previous?: readonly { count: number }[],
): string {
  const header = [
    'step',
    'event',
    'count',
    'percent_of_first',
    'dropoff_count',
    'dropoff_percent',
    'highest_dropoff',
  ];
  if (previous) header.push('previous_count', 'change', 'change_percent');
  const rows = steps.map((step, i) => {
    const row: (string | number | boolean | null)[] = [
      i + 1,
      step.name,
      step.count,
      step.percentOfFirst,
      step.dropoffCount,
      step.dropoffPercent,
      step.isHighestDropoff,
    ];
    const before = previous?.[i];
    if (previous) {
      const change = before ? countChange(step.count, before.count) : null;
      row.push(before?.count ?? null, change?.delta ?? null, change?.percent ?? null);
    }
    return row.map(cell).join(',');
  });
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
