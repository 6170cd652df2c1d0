import { queryOptions } from '@tanstack/react-query';
import { eventNamesResponseSchema } from '../../contract/bff-api.ts';
import { apiFetch } from './api-fetch.ts';

/**
 * `GET /api/projects/:projectId/event-names`, shared by every picker (chart series, event table, funnel
 * steps): one query key, so they share one cached answer. The upstream lists at most 50 names (§9.2), so a
 * picker is a suggestion list and free text is always allowed.
 */
export function eventNamesQuery(projectId: string) {
  return queryOptions({
    queryKey: ['event-names', projectId],
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/projects/${encodeURIComponent(projectId)}/event-names`,
        eventNamesResponseSchema,
        { signal },
      ),
    // Event names change rarely; a picker opening should not refetch them every time.
    staleTime: 5 * 60_000,
  });
}
