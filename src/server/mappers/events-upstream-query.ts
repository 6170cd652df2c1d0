import type { EventsQuery } from '../../contract/bff-api.ts';
import type { Filter } from '../../contract/openpanel-common.ts';
import type { UpstreamContext } from './chart-upstream-query.ts';
import { coercionSafeValue } from './coercion-safe-value.ts';
import { createdAtFilter } from './created-at-filter.ts';
import { ALL_TIME_START } from './all-time-start.ts';
import { endInstant, startInstant, utcDay } from './zone-dates.ts';

/**
 * `/export/events` (§4.1, §4.2):
 * - `start` AND `end` are always sent: with either missing, page 1 silently shrinks to the smallest non-empty
 *   look-back window and pages 2+ skip events (§4.2), so an open range becomes ALL_TIME_START..tomorrow.
 * - The upstream filters whole UTC days; a day in the organization's zone is widened to the UTC days that
 *   cover it (a superset: the table may show a few hours either side in zones far from UTC).
 * - `after`/`before` are exact instants. The days sent are narrowed to the UTC days that cover them, and the
 *   exact bound goes as a `created_at` gte/lte filter (created-at-filter.ts), so the upstream applies it
 *   BEFORE paging: filtering returned rows here instead would break `totalCount`, `pages` and offsets.
 * - Event names and includes go as JSON arrays: a name like `404` would otherwise be coerced (§1.2), and a
 *   comma list is not split for `event`. Several names mean `name IN (…)` (§4.1).
 */
export function eventsUpstreamQuery(query: EventsQuery, ctx: UpstreamContext): [string, string][] {
  const out: [string, string][] = [['projectId', coercionSafeValue(ctx.projectId)]];
  if (query.event !== undefined) out.push(['event', JSON.stringify(query.event)]);
  const after = query.after === undefined ? undefined : Date.parse(query.after);
  const before = query.before === undefined ? undefined : Date.parse(query.before);
  let start =
    query.start !== undefined ? utcDay(startInstant(query.start, ctx.timezone)) : ALL_TIME_START;
  // Tomorrow in UTC, so events stamped by a server clock slightly ahead of ours are not cut off.
  let end =
    query.end !== undefined
      ? utcDay(endInstant(query.end, ctx.timezone))
      : utcDay(ctx.now + 86_400_000);
  // `yyyy-MM-dd` strings order like the days they name.
  if (after !== undefined && utcDay(after) > start) start = utcDay(after);
  if (before !== undefined && utcDay(before) < end) end = utcDay(before);
  out.push(['start', start], ['end', end]);
  out.push(['page', String(query.page ?? 1)], ['limit', String(query.limit ?? 50)]);
  const filters: Filter[] = [...(query.filters ?? [])];
  if (after !== undefined) filters.push(createdAtFilter('gte', after));
  if (before !== undefined) filters.push(createdAtFilter('lte', before));
  if (query.filters !== undefined || filters.length > 0)
    out.push(['filters', JSON.stringify(filters)]);
  if (query.includes !== undefined)
    out.push(['includes', JSON.stringify(query.includes.split(','))]);
  return out;
}
