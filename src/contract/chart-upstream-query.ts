import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { BffRange, SeedRange } from './bff-api.ts';
import type { UpstreamRange } from './openpanel-common.ts';

/**
 * The time window of a chart view in the spelling `/export/charts` accepts (openpanel-api.md §5.2):
 * one of the 15 range names, or an explicit `startDate`/`endDate` pair, which overrides `range` upstream.
 */
export type UpstreamWindow = { range: UpstreamRange } | { startDate: string; endDate: string };

/**
 * The seed docs' names mapped to the upstream's own (§5.2: `last_7_days` is a 400 upstream, §11).
 * `7d`/`30d` end tomorrow 00:00 upstream, so "last 7 days" is today plus the 7 before it, as in OpenPanel's
 * UI. `all_time` has no upstream name; it becomes explicit dates.
 */
const SEED_TO_UPSTREAM: Record<Exclude<SeedRange, 'all_time'>, UpstreamRange> = {
  today: 'today',
  yesterday: 'yesterday',
  last_7_days: '7d',
  last_30_days: '30d',
  this_month: 'monthToDate',
  last_month: 'lastMonth',
  this_year: 'yearToDate',
  last_year: 'lastYear',
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A full ISO instant with the zone's offset at that moment, e.g. `2024-04-30T23:59:59.999-04:00`. */
const ZONED_INSTANT = "yyyy-MM-dd'T'HH:mm:ss.SSSxxx";

/** An instant spelled with `timeZone`'s offset at that moment (the spelling §5.2 needs for explicit dates). */
export function zonedInstantOf(epochMs: number, timeZone: string): string {
  return format(new TZDate(epochMs, timeZone), ZONED_INSTANT);
}

/** The wall-clock `time` of `day` in `timeZone` as a zoned instant. */
function zonedInstant(
  day: string,
  time: [number, number, number, number],
  timeZone: string,
): string {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`Not a yyyy-MM-dd day: ${day}`);
  const [, y, m, d] = match;
  // TZDate reads the wall clock in `timeZone`; a time inside a DST gap moves forward, as luxon's does upstream.
  const local = new TZDate(Number(y), Number(m) - 1, Number(d), ...time, timeZone);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Not a day in ${timeZone}: ${day}`);
  return format(local, ZONED_INSTANT);
}

/**
 * Inclusive days in the organization's zone → the explicit upstream window. Both ends are FULL instants
 * with the organization's UTC offset, because the upstream reads a value without an offset as UTC and a
 * date-only `endDate` as the first instant of that day (§5.2), which would drop almost all of the last day.
 * The offset is the one in force on each day, so a window across a DST change has two different offsets.
 * The upstream truncates to whole seconds (`yyyy-MM-dd HH:mm:ss`), so `.999` keeps 23:59:59 in.
 */
export function explicitRangeToUpstream(
  from: string,
  to: string,
  timeZone: string,
): { startDate: string; endDate: string } {
  return {
    startDate: zonedInstant(from, [0, 0, 0, 0], timeZone),
    endDate: zonedInstant(to, [23, 59, 59, 999], timeZone),
  };
}

/** Today's day (`yyyy-MM-dd`) in `timeZone`. */
function todayIn(now: Date, timeZone: string): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

/**
 * A range name (seed or upstream spelling) → the upstream window. Upstream names pass through unchanged.
 * `all_time` becomes explicit dates from `earliest` (a `yyyy-MM-dd` day the caller knows predates the data)
 * to the end of today in the organization's zone: the whole of today, like `7d`/`30d`, and the same query
 * all day long, which keeps the BFF's cache and share links stable.
 */
export function seedRangeToUpstream(
  range: BffRange,
  now: Date,
  timeZone: string,
  earliest: string,
): UpstreamWindow {
  if (range === 'all_time')
    return explicitRangeToUpstream(earliest, todayIn(now, timeZone), timeZone);
  return { range: upstreamRangeName(range) };
}

/** A range name other than `all_time` in the upstream's spelling: seed names mapped, upstream names kept. */
export function upstreamRangeName(range: Exclude<BffRange, 'all_time'>): UpstreamRange {
  return range in SEED_TO_UPSTREAM
    ? SEED_TO_UPSTREAM[range as keyof typeof SEED_TO_UPSTREAM]
    : (range as UpstreamRange);
}

/**
 * The window of a chart view: explicit days when both are given (they override the range, as upstream),
 * otherwise the range name.
 */
export function chartWindowToUpstream(
  view: { range: BffRange; from?: string; to?: string },
  now: Date,
  timeZone: string,
  earliest: string,
): UpstreamWindow {
  if (view.from !== undefined && view.to !== undefined) {
    return explicitRangeToUpstream(view.from, view.to, timeZone);
  }
  return seedRangeToUpstream(view.range, now, timeZone, earliest);
}
