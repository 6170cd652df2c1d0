import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { exportEventsResponseSchema } from '../../../../contract/openpanel-events.ts';
import type { ExportEventsResponse } from '../../../../contract/openpanel-events.ts';
import { apiFetch } from '../../../api/api-fetch.ts';
import { eventsBffSearch } from '../events-bff-params.ts';
import type { EventsBffParams } from '../events-bff-params.ts';

/** Fetches one page of events through the BFF (which keeps us inside the upstream's rate limit). */
export function fetchEventsPage(
  projectId: string,
  params: EventsBffParams,
  signal?: AbortSignal,
): Promise<ExportEventsResponse> {
  return apiFetch(
    `/api/projects/${encodeURIComponent(projectId)}/events?${eventsBffSearch(params)}`,
    exportEventsResponseSchema,
    { signal },
  );
}

/** `GET /api/projects/:projectId/events`: one page; the key is the exact parameters sent. */
export function eventsQuery(projectId: string, params: EventsBffParams) {
  return queryOptions({
    queryKey: ['events', projectId, params],
    queryFn: ({ signal }) => fetchEventsPage(projectId, params, signal),
    // Paging or filtering keeps the current rows on screen (with a busy indicator) until the next arrive.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
