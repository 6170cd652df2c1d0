import type { ChartQuery } from '../../contract/bff-api.ts';
import type { Interval } from '../../contract/openpanel-common.ts';
import { coercionSafeValue } from './coercion-safe-value.ts';
import {
  ALL_TIME_START,
  defaultIntervalForDays,
  defaultIntervalForRange,
  upstreamRangeOf,
} from './upstream-range.ts';
import {
  daysBetween,
  endInstant,
  instantWithOffset,
  startInstant,
  todayIn,
  wallClockOf,
} from './zone-dates.ts';

export interface UpstreamContext {
  projectId: string;
  timezone: string;
  now: number;
}

/**
 * The one place that knows how `/export/charts` wants its query (§5.1, §5.2):
 * - series and breakdowns as URL-encoded JSON (bracket syntax is not parsed, §1.2);
 * - seed range names mapped to upstream ones; `all_time` as explicit dates;
 * - explicit dates as instants WITH the organization's offset: the upstream reads a value without an offset
 *   as UTC, and a date-only endDate as the first instant of that day (§5.2, §11 #10), so `endDate=2024-04-30`
 *   is sent as `2024-04-30T23:59:59-04:00` in New York;
 * - a default interval from the range (the API never picks one, §5.3);
 * - string values the query coercion would turn into numbers/booleans/JSON are JSON-quoted (§1.2).
 */
export function chartUpstreamQuery(query: ChartQuery, ctx: UpstreamContext): [string, string][] {
  const out: [string, string][] = [['projectId', coercionSafeValue(ctx.projectId)]];
  out.push(['series', JSON.stringify(query.series)]);
  if (query.breakdowns && query.breakdowns.length > 0)
    out.push(['breakdowns', JSON.stringify(query.breakdowns)]);

  const range = upstreamRangeOf(query.range ?? '30d');
  let interval: Interval;
  if (query.startDate !== undefined && query.endDate !== undefined) {
    out.push([
      'startDate',
      instantWithOffset(startInstant(query.startDate, ctx.timezone), ctx.timezone),
    ]);
    out.push(['endDate', instantWithOffset(endInstant(query.endDate, ctx.timezone), ctx.timezone)]);
    const from = wallClockOf(startInstant(query.startDate, ctx.timezone), ctx.timezone).slice(
      0,
      10,
    );
    const to = wallClockOf(endInstant(query.endDate, ctx.timezone), ctx.timezone).slice(0, 10);
    interval = query.interval ?? defaultIntervalForDays(daysBetween(from, to));
  } else if (range === 'all_time') {
    out.push([
      'startDate',
      instantWithOffset(startInstant(ALL_TIME_START, ctx.timezone), ctx.timezone),
    ]);
    out.push([
      'endDate',
      instantWithOffset(endInstant(todayIn(ctx.now, ctx.timezone), ctx.timezone), ctx.timezone),
    ]);
    interval = query.interval ?? 'month';
  } else {
    out.push(['range', range]);
    // Only endDate: the upstream takes the start from the range and the end from endDate (§5.2).
    if (query.endDate !== undefined) {
      out.push([
        'endDate',
        instantWithOffset(endInstant(query.endDate, ctx.timezone), ctx.timezone),
      ]);
    }
    interval = query.interval ?? defaultIntervalForRange(range);
  }
  out.push(['interval', interval]);
  if (query.previous === 'true') out.push(['previous', 'true']);
  return out;
}
