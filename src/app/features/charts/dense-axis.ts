/** Above this many drawn buckets lines are straight segments: a smooth curve is invisible at ~1 px per
 * point and costs Recharts a Bézier fit plus a longer path to measure (issue 4 §3). */
export const DENSE_BUCKETS = 200;

/**
 * How many ticks to skip between two drawn ones on a dense axis. Left to itself Recharts measures every
 * candidate label in the DOM to find gaps (a forced layout per label: ~1,000 on a downsampled 12-month
 * chart, issue 4 §3); an explicit skip measures nothing. Labels of one chart have nearly the same length,
 * so the first one sizes them all (~7 px a character at text-xs, plus the 28 px gap).
 */
export function tickInterval(
  count: number,
  firstLabel: string,
  plotWidth: number,
): number | 'preserveEnd' {
  if (count <= DENSE_BUCKETS) return 'preserveEnd';
  const slot = firstLabel.length * 7 + 28;
  const fit = Math.max(1, Math.floor(plotWidth / slot));
  return Math.max(0, Math.ceil(count / fit) - 1);
}
