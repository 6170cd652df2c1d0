import type { EventsNewCountQuery } from '../../contract/bff-api.ts';
import type { UpstreamContext } from './chart-upstream-query.ts';
import { coercionSafeValue } from './coercion-safe-value.ts';
import { createdAtFilter } from './created-at-filter.ts';
import { utcDay } from './zone-dates.ts';

/**
 * "N new events since you loaded the table" as one cheap `/export/events` call (§4):
 * - `limit=1`: only `meta.totalCount` and the newest row (`created_at DESC`) are needed.
 * - Both `start` and `end` are sent, so page 1 has no look-back window and `totalCount` counts the same
 *   set (§4.2). They are the UTC days covering `since`..tomorrow (tomorrow for a server clock ahead of ours).
 * - The exact bound is a `created_at` gt filter (created-at-filter.ts): the days alone would count the
 *   whole of `since`'s day.
 */
export function eventsNewCountQuery(
  query: EventsNewCountQuery,
  ctx: UpstreamContext,
): [string, string][] {
  const since = Date.parse(query.since);
  const out: [string, string][] = [['projectId', coercionSafeValue(ctx.projectId)]];
  if (query.event !== undefined) out.push(['event', JSON.stringify(query.event)]);
  out.push(['start', utcDay(since)], ['end', utcDay(ctx.now + 86_400_000)]);
  out.push(['page', '1'], ['limit', '1']);
  out.push(['filters', JSON.stringify([...(query.filters ?? []), createdAtFilter('gt', since)])]);
  return out;
}
