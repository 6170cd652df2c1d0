import type { ChartQuery } from '../../contract/bff-api.ts';
import { sensibleIntervals } from '../../contract/chart-sensible-intervals.ts';
import {
  explicitRangeToUpstream,
  seedRangeToUpstream,
  zonedInstantOf,
} from '../../contract/chart-upstream-query.ts';
import type { Interval } from '../../contract/openpanel-common.ts';
import { ALL_TIME_START } from './all-time-start.ts';
import { coercionSafeValue } from './coercion-safe-value.ts';
import { endInstant, isBareDay, startInstant, wallClockOf } from './zone-dates.ts';

export interface UpstreamContext {
  projectId: string;
  timezone: string;
  now: number;
}

/**
 * An explicit BFF window: bare days go through the contract's `explicitRangeToUpstream`; times and instants
 * (which the BFF also accepts) are spelled the same way, as full instants with the organization's offset.
 */
function explicitWindow(
  startDate: string,
  endDate: string,
  tz: string,
): { startDate: string; endDate: string } {
  if (isBareDay(startDate) && isBareDay(endDate))
    return explicitRangeToUpstream(startDate, endDate, tz);
  return {
    startDate: zonedInstantOf(startInstant(startDate, tz), tz),
    endDate: zonedInstantOf(endInstant(endDate, tz), tz),
  };
}

/**
 * The one place that knows how `/export/charts` wants its query (§5.1, §5.2):
 * - series and breakdowns as URL-encoded JSON (bracket syntax is not parsed, §1.2);
 * - seed range names mapped to upstream ones; `all_time` as explicit dates (contract `seedRangeToUpstream`);
 * - explicit dates as instants WITH the organization's offset: the upstream reads a value without an offset
 *   as UTC, and a date-only endDate as the first instant of that day (§5.2, §11 #10), so `endDate=2024-04-30`
 *   is sent as `2024-04-30T23:59:59.999-04:00` in New York;
 * - a default interval from the window (the API never picks one, §5.3; contract `sensibleIntervals`);
 * - string values the query coercion would turn into numbers/booleans/JSON are JSON-quoted (§1.2).
 */
export function chartUpstreamQuery(query: ChartQuery, ctx: UpstreamContext): [string, string][] {
  const tz = ctx.timezone;
  const out: [string, string][] = [['projectId', coercionSafeValue(ctx.projectId)]];
  out.push(['series', JSON.stringify(query.series)]);
  if (query.breakdowns && query.breakdowns.length > 0)
    out.push(['breakdowns', JSON.stringify(query.breakdowns)]);

  const range = query.range ?? '30d';
  let interval: Interval;
  if (query.startDate !== undefined && query.endDate !== undefined) {
    const window = explicitWindow(query.startDate, query.endDate, tz);
    out.push(['startDate', window.startDate], ['endDate', window.endDate]);
    // The default follows the organization-zone days the window covers.
    const from = wallClockOf(startInstant(query.startDate, tz), tz).slice(0, 10);
    const to = wallClockOf(endInstant(query.endDate, tz), tz).slice(0, 10);
    interval = query.interval ?? sensibleIntervals(range, from, to).default;
  } else {
    const window = seedRangeToUpstream(range, new Date(ctx.now), tz, ALL_TIME_START);
    if ('range' in window) {
      out.push(['range', window.range]);
      // Only endDate: the upstream takes the start from the range and the end from endDate (§5.2).
      if (query.endDate !== undefined)
        out.push(['endDate', zonedInstantOf(endInstant(query.endDate, tz), tz)]);
    } else {
      out.push(['startDate', window.startDate], ['endDate', window.endDate]);
    }
    interval = query.interval ?? sensibleIntervals(range).default;
  }
  out.push(['interval', interval]);
  if (query.previous === 'true') out.push(['previous', 'true']);
  return out;
}
