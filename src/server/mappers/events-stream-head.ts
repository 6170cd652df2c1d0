import type { EventsQuery } from '../../contract/bff-api.ts';
import type { UpstreamContext } from './chart-upstream-query.ts';
import { endInstant } from './zone-dates.ts';

/**
 * Whether an `/events` request asks for the HEAD of the event stream: the page where new arrivals appear.
 * Rows come newest first (`created_at DESC`, §4.1), so that is page 1 with no `before` bound, of a window
 * whose end has not passed yet. Such an answer goes out of date as soon as an event arrives, so it is
 * cached only as long as the new-count answer that announces arrivals (live-routes.ts).
 */
export function isEventsStreamHead(
  query: EventsQuery,
  ctx: Pick<UpstreamContext, 'timezone' | 'now'>,
): boolean {
  if ((query.page ?? 1) !== 1 || query.before !== undefined) return false;
  if (query.end === undefined) return true;
  // endInstant is the last SECOND of the window (a bare day ends at 23:59:59): its 999 ms still belong to it.
  return endInstant(query.end, ctx.timezone) + 1000 > ctx.now;
}
