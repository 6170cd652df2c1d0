/**
 * The chart's data as CSV (RFC 4180): a `date` column (the upstream's wall-clock bucket in the
 * organization's zone, written as-is so it matches what the chart shows), one column per series, and a
 * "(previous period)" column after each series that has previous values. Use the FULL rows, never the
 * downsampled ones drawn on screen.
 */
export function chartCsv(
  rows: readonly Record<string, unknown>[],
  series: readonly { id: string; label: string }[],
): string {
  const columns: { header: string; key: string }[] = [{ header: 'date', key: 'date' }];
  for (const s of series) {
    columns.push({ header: s.label, key: s.id });
    const prevKey = `${s.id}:prev`;
    if (rows.some((row) => row[prevKey] !== undefined)) {
      columns.push({ header: `${s.label} (previous period)`, key: prevKey });
    }
  }
  const lines = [
    columns.map((column) => csvField(column.header)),
    ...rows.map((row) => columns.map((column) => csvField(row[column.key]))),
  ];
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

/**
 * One field. Numbers as JavaScript writes them, missing values empty. Text that a spreadsheet would run as
 * a formula (`=`, `+`, `-`, `@`, tab, CR first: labels come from event properties anyone can send) gets a
 * leading `'`. Then RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
 */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
