import { queryOptions } from '@tanstack/react-query';
import { referencesResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** `GET /api/projects/:projectId/references`: the project's timeline markers. */
export function referencesQuery(projectId: string) {
  return queryOptions({
    queryKey: ['references', projectId],
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/projects/${encodeURIComponent(projectId)}/references`,
        referencesResponseSchema,
        { signal },
      ),
  });
}
