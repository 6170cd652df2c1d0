/** One event of a funnel group: its time in epoch ms and a bit mask of the steps it satisfies (bit 0 = step 1). */
export interface FunnelEvent {
  ts: number;
  mask: number;
}

/**
 * ClickHouse's `windowFunnel(window, 'strict_increase')` for one group (shared/openpanel-api.md §7.2):
 * the longest prefix of the steps completed in order, starting at a step-1 event, each later step strictly
 * after the previous one (same millisecond never connects) and at most `windowMs` after that step-1 event
 * (ClickHouse compares `timestamp <= first + window`, so the bound is inclusive).
 *
 * For each level we only keep the LATEST start of a chain reaching it: a later start leaves more of the
 * window, and since events are consumed in time order every kept chain ends before the next timestamp.
 * Events sharing a timestamp are applied together from the state before them, so they cannot chain with
 * each other. This is the best chain over all step-1 starts; with distinct timestamps it equals
 * ClickHouse's greedy pass, and with ties it does not depend on the (arbitrary) row order ClickHouse sees.
 * `events` must be sorted by `ts`.
 */
export function windowFunnelLevel(
  events: readonly FunnelEvent[],
  stepCount: number,
  windowMs: number,
): number {
  const latestStart: (number | null)[] = Array.from({ length: stepCount }, () => null);
  let i = 0;
  while (i < events.length) {
    const ts = events[i]!.ts;
    const updates: [level: number, start: number][] = [];
    for (; i < events.length && events[i]!.ts === ts; i++) {
      const mask = events[i]!.mask;
      for (let step = 0; step < stepCount; step++) {
        if ((mask & (1 << step)) === 0) continue;
        if (step === 0) {
          updates.push([0, ts]);
          continue;
        }
        const start = latestStart[step - 1];
        if (start !== null && start !== undefined && ts <= start + windowMs) {
          updates.push([step, start]);
        }
      }
    }
    for (const [level, start] of updates) {
      const current = latestStart[level];
      if (current === null || current === undefined || start > current) latestStart[level] = start;
    }
  }
  for (let level = stepCount; level > 0; level--) {
    if (latestStart[level - 1] !== null) return level;
  }
  return 0;
}
