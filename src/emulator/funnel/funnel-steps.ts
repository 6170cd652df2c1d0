/** One step as the server's `FunnelService.getFunnel` computes it, before any endpoint reshapes it. */
export interface FunnelStepStats {
  name: string;
  count: number;
  /** count ÷ first step's count × 100, unrounded; 0 instead of NaN when the funnel is empty. */
  percent: number;
  /** Loss to the next step; null on the last step. */
  dropoffCount: number | null;
  /** Loss ÷ count × 100, unrounded; 0 instead of NaN when count is 0; null on the last step. */
  dropoffPercent: number | null;
  /** The previous step's count (the first step's own count for step 1). */
  previousCount: number;
  isHighestDropoff: boolean;
}

const zeroIfNaN = (value: number) => (Number.isNaN(value) ? 0 : value);

/**
 * The per-step figures of shared/openpanel-api.md §7.2, in the order the server derives them: percent
 * against the first step, dropoff to the next step, and `isHighestDropoff` only on the FIRST step whose
 * positive absolute drop is the largest (a funnel without any drop has no highest-dropoff step).
 */
export function funnelSteps(names: readonly string[], users: readonly number[]): FunnelStepStats[] {
  const total = users[0] ?? 0;
  const steps = names.map((name, index) => {
    const count = users[index] ?? 0;
    const next = index + 1 < names.length ? (users[index + 1] ?? 0) : null;
    return {
      name,
      count,
      percent: zeroIfNaN((count / total) * 100),
      dropoffCount: next === null ? null : count - next,
      dropoffPercent: next === null ? null : zeroIfNaN(((count - next) / count) * 100),
      previousCount: index === 0 ? total : (users[index - 1] ?? 0),
    };
  });
  const positiveDrops = steps.map((s) => s.dropoffCount ?? 0).filter((d) => d > 0);
  const maxDrop = positiveDrops.length > 0 ? Math.max(...positiveDrops) : null;
  const highestIndex = steps.findIndex((s) => s.dropoffCount === maxDrop);
  return steps.map((step, index) => ({
    ...step,
    isHighestDropoff: maxDrop !== null && index === highestIndex,
  }));
}

/** `Math.round(x * 100) / 100`, the server's 2-decimal rounding. */
export const round2 = (value: number) => Math.round(value * 100) / 100;
