import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import { chartsResponseSchema } from '../../../../contract/openpanel-charts.ts';
import type { chartQuerySchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';
import type { ShareAccess } from '../../../api/api-fetch.ts';
import { chartRefreshInterval } from '../../live/chart-refresh-interval.ts';

/** The chart request as the URL carries it (series/breakdowns are JSON strings, §5.1). */
export type ChartParams = z.input<typeof chartQuerySchema>;

/** The exact query string sent to the BFF; share links are bound to it byte for byte. */
export function chartSearchString(params: ChartParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, value);
  }
  return search.toString();
}

/**
 * `GET /api/projects/:projectId/chart`: the upstream chart answer, passed through by the BFF. With `share`
 * (a read-only share link, no session) the request is the token's own query string, sent with the token:
 * the BFF grants exactly that request, so it is never rebuilt from `params`.
 *
 * With `timeZone` (the organization's; given by the panel on screen, not by prefetches) a chart whose window
 * holds now is fetched again periodically (features/live/chart-refresh-interval.ts), in place: same key,
 * so the drawn chart stays while the next answer loads.
 */
export function chartQuery(
  projectId: string,
  params: ChartParams,
  share?: ShareAccess,
  timeZone?: string,
) {
  return queryOptions({
    queryKey: share ? ['chart', projectId, params, share] : ['chart', projectId, params],
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/projects/${encodeURIComponent(projectId)}/chart?${share ? share.search : chartSearchString(params)}`,
        chartsResponseSchema,
        share ? { signal, headers: { 'x-share-token': share.token } } : { signal },
      ),
    // Keep the old chart on screen while a new query loads instead of blanking it.
    placeholderData: keepPreviousData,
    // Evaluated after every fetch, so polling stops by itself once an explicit window has ended.
    refetchInterval: () =>
      timeZone === undefined ? false : chartRefreshInterval(params, timeZone, Date.now()),
    refetchIntervalInBackground: false,
  });
}
