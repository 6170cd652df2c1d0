import { queryOptions } from '@tanstack/react-query';
import { eventNamesResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** `GET /api/projects/:projectId/event-names`: at most 50 names upstream (§9.2), so pickers allow free text. */
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
