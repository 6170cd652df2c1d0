import type { EventsQuery } from '../../contract/bff-api.ts';
import type { UpstreamContext } from './chart-upstream-query.ts';
import { coercionSafeValue } from './coercion-safe-value.ts';
import { ALL_TIME_START } from './upstream-range.ts';
import { endInstant, startInstant } from './zone-dates.ts';

const utcDay = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/**
 * `/export/events` (§4.1, §4.2):
 * - `start` AND `end` are always sent: with either missing, page 1 silently shrinks to the smallest non-empty
 *   look-back window and pages 2+ skip events (§4.2), so an open range becomes ALL_TIME_START..tomorrow.
 * - The upstream filters whole UTC days; a day in the organization's zone is widened to the UTC days that
 *   cover it (a superset: the table may show a few hours either side in zones far from UTC).
 * - The event name and includes go as JSON arrays: a name like `404` would otherwise be coerced (§1.2), and a
 *   comma list is not split for `event`.
 */
export function eventsUpstreamQuery(query: EventsQuery, ctx: UpstreamContext): [string, string][] {
  const out: [string, string][] = [['projectId', coercionSafeValue(ctx.projectId)]];
  if (query.event !== undefined) out.push(['event', JSON.stringify([query.event])]);
  const start =
    query.start !== undefined ? utcDay(startInstant(query.start, ctx.timezone)) : ALL_TIME_START;
  // Tomorrow in UTC, so events stamped by a server clock slightly ahead of ours are not cut off.
  const end =
    query.end !== undefined
      ? utcDay(endInstant(query.end, ctx.timezone))
      : utcDay(ctx.now + 86_400_000);
  out.push(['start', start], ['end', end]);
  out.push(['page', String(query.page ?? 1)], ['limit', String(query.limit ?? 50)]);
  if (query.filters !== undefined) out.push(['filters', JSON.stringify(query.filters)]);
  if (query.includes !== undefined)
    out.push(['includes', JSON.stringify(query.includes.split(','))]);
  return out;
}
