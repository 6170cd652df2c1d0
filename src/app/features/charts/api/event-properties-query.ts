import { queryOptions } from '@tanstack/react-query';
import { eventPropertiesResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/**
 * `GET /api/projects/:projectId/event-properties`: the column names and `properties.*` keys that filters
 * and breakdowns accept, for one event or (without `event`) for the whole project.
 */
export function eventPropertiesQuery(projectId: string, event?: string) {
  const search = event && event !== '*' ? `?${new URLSearchParams({ event }).toString()}` : '';
  return queryOptions({
    queryKey: ['event-properties', projectId, event ?? null],
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/projects/${encodeURIComponent(projectId)}/event-properties${search}`,
        eventPropertiesResponseSchema,
        { signal },
      ),
    staleTime: 5 * 60_000,
  });
}
