import type { Interval } from '../../../contract/openpanel-common.ts';
import { rangeIncludesNow } from './range-includes-now.ts';
import type { ChartWindow } from './range-includes-now.ts';

/** Minute buckets fill up every minute: checking twice a minute keeps the last one current. */
export const MINUTE_CHART_REFRESH_MS = 30_000;
/** Hour and day buckets change slowly; once a minute is lively enough and cheap (the BFF caches). */
export const HOUR_DAY_CHART_REFRESH_MS = 60_000;

/**
 * How often a chart is fetched again while it is on screen, or `false` for never: only windows that
 * include now can change, and week/month buckets move too little to be worth polling.
 */
export function chartRefreshInterval(
  window: ChartWindow & { interval?: Interval | undefined },
  timeZone: string,
  nowMs: number,
): number | false {
  if (!rangeIncludesNow(window, timeZone, nowMs)) return false;
  switch (window.interval) {
    case 'minute':
      return MINUTE_CHART_REFRESH_MS;
    case 'hour':
    case 'day':
      return HOUR_DAY_CHART_REFRESH_MS;
    default:
      return false;
  }
}
