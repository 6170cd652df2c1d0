import { queryOptions } from '@tanstack/react-query';
import { projectsResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** `GET /api/projects`: every project the configured client may read (just one for a read client). */
export function projectsQuery() {
  return queryOptions({
    queryKey: ['projects'],
    queryFn: ({ signal }) => apiFetch('/api/projects', projectsResponseSchema, { signal }),
    staleTime: 5 * 60_000,
  });
}
