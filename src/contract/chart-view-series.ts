import * as z from 'zod/mini';
import { filterSchema, segmentSchema } from './openpanel-common.ts';

/**
 * The series and breakdown parts of the chart URL state (see chart-view-state.ts for the whole link).
 * In a link a series is as short as it can be: a bare event name when it counts events without filters
 * (`"signup"`), otherwise an object that leaves out the defaults (`{"name":"signup","segment":"user"}`).
 * A breakdown is its bare property name (`"country"`). Both spellings (bare or object) are read back.
 */

export const CHART_MAX_SERIES = 10;
export const CHART_MAX_BREAKDOWNS = 5;
export const CHART_MAX_FILTERS = 20;

/** One series: an event name (`*` = every event, §5.1), what to count (§5.4), and its own ANDed filters (§6). */
export const chartViewSeriesSchema = z.object({
  name: z.string().check(z.minLength(1)),
  segment: z._default(segmentSchema, 'event'),
  /** The property the `property_*` segments aggregate (§5.4); ignored by the other segments. */
  property: z.optional(z.string().check(z.minLength(1))),
  filters: z._default(z.array(filterSchema).check(z.maxLength(CHART_MAX_FILTERS)), []),
});
export type ChartViewSeries = z.infer<typeof chartViewSeriesSchema>;

export const chartViewBreakdownSchema = z.object({ name: z.string().check(z.minLength(1)) });
export type ChartViewBreakdown = z.infer<typeof chartViewBreakdownSchema>;

/** A series as a link writes it: the bare name, or the object without its default parts. */
export type ChartViewSeriesParam =
  | string
  | {
      name: string;
      segment?: ChartViewSeries['segment'];
      property?: string;
      filters?: ChartViewSeries['filters'];
    };

export const DEFAULT_CHART_SERIES: ChartViewSeries[] = [
  { name: 'screen_view', segment: 'event', filters: [] },
];

export function seriesParam(series: ChartViewSeries): ChartViewSeriesParam {
  if (series.segment === 'event' && series.property === undefined && series.filters.length === 0) {
    return series.name;
  }
  return {
    name: series.name,
    ...(series.segment !== 'event' ? { segment: series.segment } : {}),
    ...(series.property !== undefined ? { property: series.property } : {}),
    ...(series.filters.length > 0 ? { filters: series.filters } : {}),
  };
}

/** Short text of a hand-written value for a notice (never the whole of a long JSON blob). */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readFilters(raw: unknown, where: string, notices: string[]): ChartViewSeries['filters'] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    notices.push(`Ignored the filters of ${where} (expected a list of filters)`);
    return [];
  }
  const filters: ChartViewSeries['filters'] = [];
  raw.forEach((item: unknown, index) => {
    const parsed = filterSchema.safeParse(item);
    if (parsed.success && filters.length < CHART_MAX_FILTERS) {
      filters.push(parsed.data);
      return;
    }
    let reason = `more than ${CHART_MAX_FILTERS} filters`;
    if (!parsed.success) {
      const operator = isRecord(item) ? item.operator : undefined;
      const badOperator = parsed.error.issues.some((issue) => issue.path[0] === 'operator');
      reason =
        badOperator && operator !== undefined
          ? `unknown operator “${shown(operator)}”`
          : 'not a filter';
    }
    notices.push(`Ignored filter ${index + 1} of ${where} (${reason})`);
  });
  return filters;
}

function readSeriesItem(raw: unknown, where: string, notices: string[]): ChartViewSeries | null {
  if (typeof raw === 'string' && raw.length > 0)
    return { name: raw, segment: 'event', filters: [] };
  if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name.length === 0) {
    notices.push(`Ignored ${where} (it names no event)`);
    return null;
  }
  let segment: ChartViewSeries['segment'] = 'event';
  if (raw.segment !== undefined) {
    const parsed = segmentSchema.safeParse(raw.segment);
    if (parsed.success) segment = parsed.data;
    else
      notices.push(`Ignored unknown segment “${shown(raw.segment)}” of ${where}; counting events`);
  }
  const series: ChartViewSeries = { name: raw.name, segment, filters: [] };
  if (typeof raw.property === 'string' && raw.property.length > 0) series.property = raw.property;
  else if (raw.property !== undefined && raw.property !== '') {
    notices.push(`Ignored property “${shown(raw.property)}” of ${where} (not a property name)`);
  }
  series.filters = readFilters(raw.filters, where, notices);
  return series;
}

/** Tolerant read of the `series` list: bad items are dropped one by one; an empty result is the default. */
export function readSeriesList(raw: unknown, notices: string[]): ChartViewSeries[] {
  const fallback = 'showing screen_view events';
  if (!Array.isArray(raw)) {
    notices.push(`Ignored series “${shown(raw)}” (expected a list of series); ${fallback}`);
    return structuredClone(DEFAULT_CHART_SERIES);
  }
  const list = raw
    .slice(0, CHART_MAX_SERIES)
    .map((item: unknown, index) => readSeriesItem(item, `series ${index + 1}`, notices))
    .filter((item): item is ChartViewSeries => item !== null);
  if (raw.length > CHART_MAX_SERIES) {
    notices.push(
      `Ignored ${raw.length - CHART_MAX_SERIES} series beyond the first ${CHART_MAX_SERIES}`,
    );
  }
  if (list.length === 0) {
    notices.push(`No series could be read; ${fallback}`);
    return structuredClone(DEFAULT_CHART_SERIES);
  }
  return list;
}

/** Tolerant read of the `breakdowns` list: property names, bare or as `{name}`. */
export function readBreakdownList(raw: unknown, notices: string[]): ChartViewBreakdown[] {
  if (!Array.isArray(raw)) {
    notices.push(`Ignored breakdowns “${shown(raw)}” (expected a list of property names)`);
    return [];
  }
  const list: ChartViewBreakdown[] = [];
  let beyond = 0;
  raw.forEach((item: unknown, index) => {
    const name = typeof item === 'string' ? item : isRecord(item) ? item.name : undefined;
    if (typeof name !== 'string' || name.length === 0) {
      notices.push(`Ignored breakdown ${index + 1} (not a property name)`);
    } else if (list.length < CHART_MAX_BREAKDOWNS) {
      list.push({ name });
    } else {
      beyond += 1;
    }
  });
  if (beyond > 0) {
    notices.push(`Ignored ${beyond} breakdowns beyond the first ${CHART_MAX_BREAKDOWNS}`);
  }
  return list;
}
