import type { FunnelQuery } from '../../contract/bff-api.ts';
import type { UpstreamContext } from './chart-upstream-query.ts';
import { upstreamRangeName } from '../../contract/chart-upstream-query.ts';
import { ALL_TIME_START } from './all-time-start.ts';
import { endInstant, startInstant, todayIn, wallClockOf } from './zone-dates.ts';

/**
 * Funnel dates (§7.2) differ from charts: explicit values go through `new Date(x)` on a UTC server and the
 * resulting UTC wall clock is read as organization time, so an offset is effectively dropped. We therefore
 * send naive wall-clock times already in the organization's zone, and a full `23:59:59` end because a
 * date-only endDate means 00:00:00 there (the end day would be excluded). With neither range nor dates the
 * upstream default would exclude today, so the BFF asks for `30d` like the charts do.
 */
function funnelDates(query: FunnelQuery, ctx: UpstreamContext): [string, string][] {
  const tz = ctx.timezone;
  if (query.startDate !== undefined && query.endDate !== undefined) {
    return [
      ['startDate', wallClockOf(startInstant(query.startDate, tz), tz)],
      ['endDate', wallClockOf(endInstant(query.endDate, tz), tz)],
    ];
  }
  const range = query.range ?? '30d';
  if (range === 'all_time') {
    return [
      ['startDate', `${ALL_TIME_START}T00:00:00`],
      ['endDate', `${todayIn(ctx.now, tz)}T23:59:59`],
    ];
  }
  const out: [string, string][] = [['range', upstreamRangeName(range)]];
  if (query.endDate !== undefined)
    out.push(['endDate', wallClockOf(endInstant(query.endDate, tz), tz)]);
  return out;
}

function common(query: FunnelQuery): [string, string][] {
  const out: [string, string][] = [];
  if (query.windowHours !== undefined) out.push(['windowHours', String(query.windowHours)]);
  if (query.groupBy !== undefined) out.push(['groupBy', query.groupBy]);
  return out;
}

/** `/insights/{projectId}/funnel`: step names only (it has no per-step filters), as one JSON array. */
export function insightsFunnelQuery(query: FunnelQuery, ctx: UpstreamContext): [string, string][] {
  return [
    ['steps', JSON.stringify(query.steps.map((s) => s.name))],
    ...funnelDates(query, ctx),
    ...common(query),
  ];
}

/** The seed's `/export/funnel` (served by the emulator, not by OpenPanel, §7.1): steps with their filters. */
export function exportFunnelQuery(query: FunnelQuery, ctx: UpstreamContext): [string, string][] {
  const events = query.steps.map((s) => ({ name: s.name, filters: s.filters ?? [] }));
  return [
    ['projectId', JSON.stringify(ctx.projectId)],
    ['events', JSON.stringify(events)],
    ...funnelDates(query, ctx),
    ...common(query),
  ];
}
