import * as z from 'zod/mini';
import {
  filterSchema,
  intervalSchema,
  segmentSchema,
  upstreamRangeSchema,
} from './openpanel-common.ts';

/**
 * `GET /export/charts` on the wire (shared/openpanel-api.md §5). The query schema describes the values
 * AFTER the §1.2 coercion and mirrors the server's own schema (the saved-report schema picked down to
 * breakdowns/interval/range/previous/startDate/endDate, extended with the project ids and series/events),
 * in the same key order, because zod reports several issues in key order and clients compare the joined
 * message byte for byte. Unknown keys (chartType, metric, limit, offset, globalFilters, formula, …, and
 * id/displayName/type inside series items) are stripped without an error (§5.1, §5.8).
 */

/** One series definition. `name: "*"` means every event (§5.1). */
export const chartSeriesItemSchema = z.object({
  name: z.string(),
  filters: z._default(z.array(filterSchema), []),
  segment: z._default(segmentSchema, 'event'),
  /** Used by the property_* segments; without it they quietly count events (§5.4). */
  property: z.optional(z.string()),
});
export type ChartSeriesItem = z.infer<typeof chartSeriesItemSchema>;

export const chartBreakdownSchema = z.object({
  id: z.optional(z.string()),
  name: z.string(),
});
export type ChartBreakdown = z.infer<typeof chartBreakdownSchema>;

export const chartsQuerySchema = z.object({
  breakdowns: z._default(z.array(chartBreakdownSchema), []),
  // Never adjusted to the range (§5.1): the caller picks it.
  interval: z._default(intervalSchema, 'day'),
  range: z._default(upstreamRangeSchema, '30d'),
  // Only the literals true/false: `previous=1` is coerced to a number and rejected (§5.1).
  previous: z._default(z.boolean(), false),
  startDate: z.nullish(z.string()),
  endDate: z.nullish(z.string()),
  project_id: z.optional(z.string()),
  projectId: z.optional(z.string()),
  series: z.optional(z.array(chartSeriesItemSchema)),
  /** Deprecated alias of `series`, used only when `series` is missing (§5.1). */
  events: z.optional(z.array(chartSeriesItemSchema)),
});
export type ChartsQuery = z.infer<typeof chartsQuerySchema>;
export type ChartsQueryInput = z.input<typeof chartsQuerySchema>;

/**
 * A comparison with the previous period (§5.7): `diff` is the larger/smaller ratio in percent (always
 * ≥ 0, null when equal or either side is 0), the direction is in `state`, `value` is the previous value.
 */
export const chartPreviousValueSchema = z.object({
  diff: z.nullable(z.number()),
  state: z.enum(['positive', 'negative', 'neutral']),
  value: z.number(),
});
export type ChartPreviousValue = z.infer<typeof chartPreviousValueSchema>;

/**
 * Breakdown values are strings, except for integer columns (`duration`, `revenue`), which the server's
 * ClickHouse client turns into JSON numbers, and float columns (`longitude`, `latitude`).
 */
export const chartLabelSchema = z.union([z.string(), z.number()]);

export const chartDataPointSchema = z.object({
  /** Wall-clock time in the organization's zone: `yyyy-MM-dd HH:mm:ss`, or `yyyy-MM-dd` for week/month. */
  date: z.string(),
  /** Null when every value in the bucket of a property_* segment was not numeric (§5.4). */
  count: z.nullable(z.number()),
  previous: z.optional(chartPreviousValueSchema),
});
export type ChartDataPoint = z.infer<typeof chartDataPointSchema>;

export const chartSeriesMetricsSchema = z.object({
  sum: z.number(),
  average: z.number(),
  min: z.number(),
  max: z.number(),
  /** Distinct profiles over the whole range; missing when 0 and for one_event_per_user (§5.6). */
  count: z.optional(z.number()),
  previous: z.optional(
    z.object({
      sum: chartPreviousValueSchema,
      average: chartPreviousValueSchema,
      min: chartPreviousValueSchema,
      max: chartPreviousValueSchema,
      count: z.optional(chartPreviousValueSchema),
    }),
  ),
});
export type ChartSeriesMetrics = z.infer<typeof chartSeriesMetricsSchema>;

export const chartSeriesSchema = z.object({
  id: z.string(),
  /** `[eventName, …breakdown values]`; the first gets `(A) ` when there are ≥ 2 series definitions. */
  names: z.array(chartLabelSchema),
  event: z.object({
    id: z.string(),
    name: z.string(),
    breakdowns: z.optional(z.record(z.string(), chartLabelSchema)),
  }),
  metrics: chartSeriesMetricsSchema,
  data: z.array(chartDataPointSchema),
});
export type ChartSeries = z.infer<typeof chartSeriesSchema>;

export const chartMetricsSchema = z.object({
  sum: z.number(),
  average: z.number(),
  min: z.number(),
  max: z.number(),
});
export type ChartMetrics = z.infer<typeof chartMetricsSchema>;

export const chartsResponseSchema = z.object({
  series: z.array(chartSeriesSchema),
  metrics: chartMetricsSchema,
});
export type ChartsResponse = z.infer<typeof chartsResponseSchema>;
