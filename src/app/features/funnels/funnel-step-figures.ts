/**
 * The funnel figures of §7.2 from raw step counts, for funnels the page assembles itself (CSV rows, the
 * previous-period and split funnels are read through it too, so every view rounds the same way).
 */
export interface FunnelStepFigure {
  name: string;
  count: number;
  /** count ÷ first step × 100, 2 decimals; 0 when the first step is 0. */
  percentOfFirst: number;
  /** count − next step's count; 0 on the last step. */
  dropoffCount: number;
  /** dropoffCount ÷ count × 100, 2 decimals; 0 when count is 0; null on the last step. */
  dropoffPercent: number | null;
  /** Only the FIRST step with the largest positive drop-off (§7.2). */
  isHighestDropoff: boolean;
}

export interface FunnelFigures {
  total: number;
  completed: number;
  overallConversionRate: number;
  steps: FunnelStepFigure[];
}

/** Rounds half away from zero at 2 decimals, like the server's `Math.round(x * 100) / 100`. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

export const percentOf = (part: number, whole: number) =>
  whole === 0 ? 0 : round2((part / whole) * 100);

export function funnelStepFigures(
  counts: readonly { name: string; count: number }[],
): FunnelFigures {
  const first = counts[0]?.count ?? 0;
  const last = counts.at(-1)?.count ?? 0;
  const drops = counts.map((step, i) => {
    const next = counts[i + 1];
    return next === undefined ? 0 : step.count - next.count;
  });
  const largest = Math.max(0, ...drops);
  const highest = largest > 0 ? drops.indexOf(largest) : -1;
  return {
    total: first,
    completed: last,
    overallConversionRate: percentOf(last, first),
    steps: counts.map((step, i) => ({
      name: step.name,
      count: step.count,
      percentOfFirst: percentOf(step.count, first),
      dropoffCount: drops[i] ?? 0,
      dropoffPercent: i === counts.length - 1 ? null : percentOf(drops[i] ?? 0, step.count),
      isHighestDropoff: i === highest,
    })),
  };
}
