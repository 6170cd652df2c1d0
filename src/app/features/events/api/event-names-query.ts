import { queryOptions } from '@tanstack/react-query';
import { eventNamesResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** `GET /api/projects/:projectId/event-names`: suggestions only (at most 50 upstream, §9.2). */
export function eventNamesQuery(projectId: string) {
  return queryOptions({
    queryKey: ['event-names', projectId],
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/projects/${encodeURIComponent(projectId)}/event-names`,
        eventNamesResponseSchema,
        { signal },
      ),
    staleTime: 5 * 60_000,
  });
}
