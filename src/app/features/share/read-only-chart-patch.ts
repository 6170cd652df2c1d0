import type { ChartViewState } from '../../../contract/chart-view-state.ts';

/**
 * The part of a chart change a share-link visitor may make. A share token grants exactly one chart request
 * (the BFF compares the query string), so changes that would alter the request — series, breakdowns,
 * range, dates, interval, comparison — are dropped. What the SPA applies to the answer it already has
 * stays usable: chart type, summary metric, "show more" and legend toggles, and `ref` (opening or closing a
 * reference marker's popover: the BFF lists the references inside the shared window to the token).
 */
export function readOnlyChartPatch(patch: Partial<ChartViewState>): Partial<ChartViewState> {
  const kept: Partial<ChartViewState> = {};
  if (patch.type !== undefined) kept.type = patch.type;
  if (patch.metric !== undefined) kept.metric = patch.metric;
  if (patch.limit !== undefined) kept.limit = patch.limit;
  if (patch.offset !== undefined) kept.offset = patch.offset;
  if (patch.hidden !== undefined) kept.hidden = patch.hidden;
  // Closing the popover sends `ref: undefined`, which must be kept to clear it.
  if ('ref' in patch) kept.ref = patch.ref;
  return kept;
}
