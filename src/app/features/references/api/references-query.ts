import { queryOptions } from '@tanstack/react-query';
import { referencesResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/**
 * `GET /api/projects/:projectId/references`: the project's timeline markers. With `shareToken` (a read-only
 * chart share link) the BFF answers only the references inside the shared chart's window, so that list has
 * its own cache entry and never stands in for the full one.
 */
export function referencesQuery(projectId: string, shareToken?: string) {
  return queryOptions({
    queryKey:
      shareToken === undefined
        ? ['references', projectId]
        : ['references', projectId, { share: shareToken }],
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/projects/${encodeURIComponent(projectId)}/references`,
        referencesResponseSchema,
        shareToken === undefined
          ? { signal }
          : { signal, headers: { 'x-share-token': shareToken } },
      ),
  });
}
