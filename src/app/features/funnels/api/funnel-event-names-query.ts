import { queryOptions } from '@tanstack/react-query';
import { eventNamesResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/**
 * `GET /api/projects/:projectId/event-names` for the step picker. The upstream lists at most 50 names
 * (§9.2), so the picker is a suggestion list and free text is always allowed.
 */
export function funnelEventNamesQuery(projectId: string) {
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
