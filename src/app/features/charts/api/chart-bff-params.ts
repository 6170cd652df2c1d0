import type { ChartParams } from './chart-query.ts';
import { sensibleIntervals } from '../../../../contract/chart-sensible-intervals.ts';
import type { ChartViewState } from '../../../../contract/chart-view-state.ts';
import { resolveChartAnchor } from '../../../../contract/chart-view-anchor-window.ts';
import type { ChartAnchorContext } from '../../../../contract/chart-view-anchor-window.ts';

/**
 * The part of the URL state the BFF's chart endpoint needs, in its spelling (series/breakdowns as JSON,
 * `startDate`/`endDate`, `previous`). Type, metric, limit/offset, hidden and ref are applied in the SPA:
 * the upstream strips `chartType`/`limit` silently (§5.1), so sending them would only mislead.
 * Defaults are left out so the query string (which a share token is bound to) stays short.
 * A reference anchor is sent as the days it resolves to with `anchors` (the project's references, the org
 * zone, the clock); an anchor that cannot be resolved, or no `anchors` at all, falls back to `range`.
 */
export function chartBffParams(
  viewState: ChartViewState,
  anchors?: ChartAnchorContext,
): ChartParams {
  const state =
    viewState.anchor !== undefined && anchors !== undefined
      ? resolveChartAnchor(viewState, anchors).state
      : viewState;
  const series = state.series.map((s) => {
    // Half-typed filters (no property yet) would be sent as `name: ""`; they are not a condition yet.
    const filters = s.filters.filter((f) => f.name.trim() !== '');
    return {
      name: s.name,
      ...(s.segment !== 'event' ? { segment: s.segment } : {}),
      ...(s.property && s.segment.startsWith('property_') ? { property: s.property } : {}),
      ...(filters.length > 0 ? { filters } : {}),
    };
  });
  const params: ChartParams = { series: JSON.stringify(series) };
  if (state.breakdowns.length > 0) params.breakdowns = JSON.stringify(state.breakdowns);
  if (state.from !== undefined && state.to !== undefined) {
    params.startDate = state.from;
    params.endDate = state.to;
  } else {
    params.range = state.range;
  }
  // Always explicit: the upstream never picks an interval itself (§5.3), and the SPA labels buckets by it.
  params.interval = state.interval ?? sensibleIntervals(state.range, state.from, state.to).default;
  if (state.compare) params.previous = 'true';
  return params;
}
