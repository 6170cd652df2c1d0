import { queryOptions } from '@tanstack/react-query';
import { eventsNewCountResponseSchema } from '../../../../contract/bff-api.ts';
import type { EventsNewCountResponse } from '../../../../contract/bff-api.ts';
import type { Filter } from '../../../../contract/openpanel-common.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** How often the event table asks whether anything newer arrived (the BFF caches the answer ~5 s). */
export const NEW_EVENTS_POLL_MS = 15_000;

/** What the table shows: its event name and filters, and the newest `createdAt` it loaded. */
export interface NewEventsParams {
  since: string;
  event?: string | undefined;
  filters: Filter[];
}

/** The query string for `GET /api/projects/:projectId/events/new-count`, in a fixed key order. */
export function newEventsSearch(params: NewEventsParams): string {
  const search = new URLSearchParams();
  search.set('since', params.since);
  if (params.event !== undefined) search.set('event', params.event);
  if (params.filters.length > 0) search.set('filters', JSON.stringify(params.filters));
  return search.toString();
}

const NONE: EventsNewCountResponse = { count: 0, newest: null };

/**
 * Events matching the table's view that arrived after its newest row. Right after a page loads nothing is
 * newer by definition, so the answer starts as "none" (fresh for one poll period) and the first request
 * goes out one period later; no polling while the tab is hidden.
 */
export function newEventsCountQuery(projectId: string, params: NewEventsParams) {
  return queryOptions({
    queryKey: ['events-new-count', projectId, params],
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/projects/${encodeURIComponent(projectId)}/events/new-count?${newEventsSearch(params)}`,
        eventsNewCountResponseSchema,
        { signal },
      ),
    initialData: NONE,
    initialDataUpdatedAt: () => Date.now(),
    staleTime: NEW_EVENTS_POLL_MS,
    refetchInterval: NEW_EVENTS_POLL_MS,
    refetchIntervalInBackground: false,
    retry: false,
  });
}
