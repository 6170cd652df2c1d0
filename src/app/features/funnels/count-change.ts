import { round2 } from './funnel-step-figures.ts';

export interface CountChange {
  /** current − previous */
  delta: number;
  /** delta ÷ previous × 100 (2 decimals); null when previous is 0 (no meaningful ratio). */
  percent: number | null;
}

/** The change of one step's count against the previous period (or the "before" half of a split). */
export function countChange(current: number, previous: number): CountChange {
  const delta = current - previous;
  return { delta, percent: previous === 0 ? null : round2((delta / previous) * 100) };
}

/** `+3 (+50%)`, `−2 (−40%)`, `+4 (new)`, `±0 (0%)`: a sign is always shown so the direction reads at once. */
export function formatCountChange(change: CountChange): string {
  const sign = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');
  if (change.percent === null) return change.delta === 0 ? '±0' : `${sign(change.delta)} (new)`;
  const pct = change.percent === 0 ? '0' : sign(change.percent);
  return `${sign(change.delta)} (${pct}%)`;
}
