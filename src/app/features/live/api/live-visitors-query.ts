import { queryOptions } from '@tanstack/react-query';
import { liveResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** Polite polling: the BFF caches the answer ~10 s, so more often than this would only repeat it. */
export const LIVE_VISITORS_POLL_MS = 30_000;

/**
 * `GET /api/projects/:projectId/live`: visitors active in the last 5 minutes. One key per project, so every
 * badge on screen shares one request; no polling while the tab is hidden.
 */
export function liveVisitorsQuery(projectId: string) {
  return queryOptions({
    queryKey: ['live-visitors', projectId],
    queryFn: ({ signal }) =>
      apiFetch(`/api/projects/${encodeURIComponent(projectId)}/live`, liveResponseSchema, {
        signal,
      }),
    staleTime: 10_000,
    refetchInterval: LIVE_VISITORS_POLL_MS,
    refetchIntervalInBackground: false,
    // A failed poll just hides the badge until the next one; retrying would only add load.
    retry: false,
  });
}
