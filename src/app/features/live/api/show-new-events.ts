import type { QueryClient } from '@tanstack/react-query';

/**
 * "Show" on the new-events bar: the event pages of the project are invalidated, so the page on screen
 * (page 1) is refetched and the others, whose slices moved down with the new rows, are marked stale.
 *
 * A plain refetch is enough because the BFF keeps the head of the stream (page 1 of a window that holds
 * now) no longer than the new-count answer (NEW_COUNT_CACHE_MS, server live-routes.ts), and holds back a
 * non-zero count until every head page cached before it was taken has expired: by the time the bar can be
 * clicked, page 1 holds the events it announced. Rejects when the refetch fails, so the bar can say so.
 */
export async function showNewEvents(queryClient: QueryClient, projectId: string): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: ['events', projectId] }, { throwOnError: true });
}
