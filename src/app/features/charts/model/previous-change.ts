import type { ChartPreviousValue } from '../../../../contract/openpanel-charts.ts';

/**
 * The signed change from the previous period in percent: (current − previous) / previous × 100.
 * Null when there is nothing to compare (no current value, no previous value) or when the previous value is
 * 0, where a percentage has no meaning.
 */
export function signedChange(
  current: number | null | undefined,
  previous: number | null | undefined,
): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined) {
    return null;
  }
  if (previous === 0) return null;
  return ((current - previous) / previous) * 100;
}

export interface PreviousChange {
  /** The value in the previous period (the upstream's `previous.value`). */
  previous: number;
  /** Signed percentage change; null when the previous value is 0 or there is no current value. */
  change: number | null;
  direction: 'up' | 'down' | 'flat';
}

/**
 * The upstream's `previous: {diff, state, value}` (openpanel-api.md §5.7) → a signed change. The upstream
 * `diff` is NOT the change: it is (larger ÷ smaller − 1) × 100, always ≥ 0, with the direction in `state`
 * (50 now against 100 before is `diff: 100, state: "negative"`, while the change is −50 %). So `diff` is
 * ignored and the change is computed from the two values; the direction comes from the values as well.
 * Undefined when the upstream sent no previous value (compare off, or no matching previous series).
 */
export function previousChange(
  current: number | null | undefined,
  previous: ChartPreviousValue | undefined,
): PreviousChange | undefined {
  if (previous === undefined) return undefined;
  const change = signedChange(current, previous.value);
  const now = current ?? 0;
  const direction = now > previous.value ? 'up' : now < previous.value ? 'down' : 'flat';
  return { previous: previous.value, change, direction };
}
