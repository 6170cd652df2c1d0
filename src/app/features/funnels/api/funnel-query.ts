import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { funnelResponseSchema } from '../../../../contract/bff-api.ts';
import type { FunnelViewState } from '../../../../contract/funnel-view-state.ts';
import { apiFetch } from '../../../api/api-fetch.ts';
import { windowDates } from '../funnel-windows.ts';
import type { FunnelWindow } from '../funnel-windows.ts';

/**
 * The exact query string the page sends to `GET /api/projects/:projectId/funnel` (keys in a fixed order, so
 * the same state always gives the same string: it is the cache key, and a share link grants exactly it).
 * With a `window` the funnel runs over those explicit instants (previous period, split halves).
 */
export function funnelApiSearch(state: FunnelViewState, window?: FunnelWindow): string {
  const search = new URLSearchParams();
  // Empty filter lists are left out: they mean the same and keep links short.
  const steps = state.steps.map((step) =>
    step.filters && step.filters.length > 0
      ? { name: step.name, filters: step.filters }
      : { name: step.name },
  );
  search.set('steps', JSON.stringify(steps));
  if (window !== undefined) {
    const { startDate, endDate } = windowDates(window);
    search.set('startDate', startDate);
    search.set('endDate', endDate);
  } else if (state.from !== undefined && state.to !== undefined) {
    search.set('startDate', state.from);
    search.set('endDate', state.to);
  } else {
    search.set('range', state.range);
  }
  search.set('windowHours', String(state.window));
  search.set('groupBy', state.unit === 'profile' ? 'profile_id' : 'session_id');
  return search.toString();
}

/**
 * One funnel run; the key is the validated request itself. `shareToken` (a read-only share link, no
 * session) is sent as `x-share-token` and is part of the key; `search` must then be the token's own.
 */
export function funnelQuery(projectId: string, search: string, shareToken?: string) {
  return queryOptions({
    queryKey:
      shareToken === undefined
        ? ['funnel', projectId, search]
        : ['funnel', projectId, search, { shareToken }],
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/projects/${encodeURIComponent(projectId)}/funnel?${search}`,
        funnelResponseSchema,
        shareToken === undefined
          ? { signal }
          : { signal, headers: { 'x-share-token': shareToken } },
      ),
    // Keep the old bars while a changed funnel loads; the card shows a busy indicator meanwhile.
    placeholderData: keepPreviousData,
  });
}
