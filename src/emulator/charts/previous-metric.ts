import type { ChartPreviousValue } from '../../contract/openpanel-charts.ts';
import { roundTo } from './series-stats.ts';

/**
 * A comparison with the previous period (shared/openpanel-api.md §5.7). `diff` is NOT a signed change:
 * it is round((larger / smaller − 1) × 100, 1), null when both are equal or the ratio is not finite (either
 * side 0); the direction lives in `state`. No previous value → no field at all. A null current value (an
 * all-null property bucket) compares like 0, as JavaScript does on the server.
 */
export function previousMetric(
  current: number | null,
  previous: number | null | undefined,
): ChartPreviousValue | undefined {
  if (previous === null || previous === undefined) return undefined;
  const now = current ?? 0;
  const ratio = now > previous ? now / previous : now < previous ? previous / now : 0;
  const diff = roundTo((ratio - 1) * 100, 1);
  return {
    diff: Number.isNaN(diff) || !Number.isFinite(diff) || current === previous ? null : diff,
    state: now > previous ? 'positive' : now < previous ? 'negative' : 'neutral',
    value: previous,
  };
}
