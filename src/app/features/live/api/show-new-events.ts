import type { QueryClient } from '@tanstack/react-query';
import { exportEventsResponseSchema } from '../../../../contract/openpanel-events.ts';
import { apiFetch } from '../../../api/api-fetch.ts';
import { eventsQuery } from '../../events/api/events-query.ts';
import { eventsBffSearch } from '../../events/events-bff-params.ts';
import type { EventsBffParams } from '../../events/events-bff-params.ts';

/** Far enough ahead that the bound never hides an event, even from a server whose clock is ahead of ours. */
const BEYOND_ANY_EVENT_MS = 366 * 86_400_000;

/**
 * "Show" on the new-events bar: page 1 as it is now, put in place of the table's page 1.
 *
 * The BFF caches `/events` answers for up to 30 s (CACHE_TTL_MS) while `new-count` is cached ~5 s, so a
 * plain refetch can return the page from before the new events. An inclusive `before` bound (bff-api.ts
 * `eventsQuerySchema`) a year after now selects exactly the same rows but is a new request, so it is
 * answered fresh. Other pages of the view are marked stale: their slices moved down with the new rows.
 */
export async function showNewEvents(
  queryClient: QueryClient,
  projectId: string,
  params: EventsBffParams,
  nowMs: number = Date.now(),
): Promise<void> {
  const before = new Date(nowMs + BEYOND_ANY_EVENT_MS).toISOString();
  const fresh = await apiFetch(
    `/api/projects/${encodeURIComponent(projectId)}/events?${eventsBffSearch(params)}&before=${encodeURIComponent(before)}`,
    exportEventsResponseSchema,
  );
  await queryClient.invalidateQueries({ queryKey: ['events', projectId], refetchType: 'none' });
  queryClient.setQueryData(eventsQuery(projectId, params).queryKey, fresh);
}
