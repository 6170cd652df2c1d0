import { parseChartViewState } from '../../../contract/chart-view-state.ts';
import type { ChartViewState } from '../../../contract/chart-view-state.ts';
import { intervalSchema } from '../../../contract/openpanel-common.ts';

/**
 * The chart state a share link shows, read from the token's search: the BFF's chart query string
 * (`chartBffParams` spelling: `series`/`breakdowns` JSON, `startDate`/`endDate`, `previous`, `interval`).
 * It drives only what the SPA does with the answer (labels, bucketing, the description); the request
 * itself is always the token's search verbatim, since the BFF grants nothing else.
 */
export function sharedChartState(search: string): ChartViewState {
  const { startDate, endDate, previous, interval, ...rest } = Object.fromEntries(
    new URLSearchParams(search),
  );
  const { state } = parseChartViewState({
    ...rest,
    ...(startDate !== undefined && endDate !== undefined
      ? { from: startDate.slice(0, 10), to: endDate.slice(0, 10) }
      : {}),
    ...(previous !== undefined ? { compare: previous } : {}),
  });
  // The answer is bucketed by the interval the token asked for; the state parser would drop one the window
  // does not normally offer and fall back to its default, which would mislabel every bucket.
  const asked = intervalSchema.safeParse(interval);
  return asked.success ? { ...state, interval: asked.data } : state;
}
