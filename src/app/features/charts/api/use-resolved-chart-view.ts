import { useQuery } from '@tanstack/react-query';
import { resolveChartAnchor } from '../../../../contract/chart-view-anchor-window.ts';
import type { ChartViewState } from '../../../../contract/chart-view-state.ts';
import { referencesQuery } from '../../references/api/references-query.ts';

/**
 * The chart state with its reference anchor (if any) turned into days, from the project's references (the
 * charts page's own query, so a cache read) and the org zone. `pending` while the references load, so the
 * page neither fetches the fallback window nor claims the reference is gone before it knows.
 */
export function useResolvedChartView(
  projectId: string,
  state: ChartViewState,
  timeZone: string,
): { state: ChartViewState; notices: string[]; pending: boolean } {
  const anchored = state.anchor !== undefined;
  const references = useQuery({ ...referencesQuery(projectId), enabled: anchored });
  if (!anchored) return { state, notices: [], pending: false };
  if (references.isPending) return { state, notices: [], pending: true };
  if (references.isError) {
    const rest = { ...state };
    delete rest.anchor;
    return {
      state: rest,
      notices: ['Ignored the reference anchor (the references could not be loaded)'],
      pending: false,
    };
  }
  const resolved = resolveChartAnchor(state, {
    references: references.data.references,
    timeZone,
    now: new Date(),
  });
  return { ...resolved, pending: false };
}
