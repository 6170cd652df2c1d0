/**
 * The server's metric helpers (shared/openpanel-api.md §5.6), including their quirks: only real numbers
 * count (a null bucket of a property segment is skipped), `sum` is rounded to 2 decimals, `average` skips
 * ZERO buckets and is 0 when nothing is left, `min`/`max` keep zeros and are 0 for an empty list.
 */
export interface SeriesStats {
  sum: number;
  average: number;
  min: number;
  max: number;
}

/** Rounds half up like the server: `Math.round((n + EPSILON) * 10^d) / 10^d`. */
export function roundTo(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}

const isNumber = (n: number | null | undefined): n is number => typeof n === 'number';

export function seriesStats(values: readonly (number | null | undefined)[]): SeriesStats {
  const numbers = values.filter(isNumber);
  const nonZero = numbers.filter((n) => Number.isFinite(n) && n !== 0);
  const mean = nonZero.reduce((a, b) => a + b, 0) / nonZero.length;
  return {
    sum: roundTo(numbers.reduce((a, b) => a + b, 0)),
    average: roundTo(Number.isNaN(mean) ? 0 : mean),
    min: numbers.length === 0 ? 0 : numbers.reduce((a, b) => (b < a ? b : a)),
    max: numbers.length === 0 ? 0 : numbers.reduce((a, b) => (b > a ? b : a)),
  };
}
