import * as z from 'zod/mini';
import { filterSchema, upstreamRangeSchema } from './openpanel-common.ts';

/**
 * `GET /insights/{projectId}/metrics`, the headline metrics (shared/openpanel-api.md §9.6).
 * Query keys are declared in the server's order (startDate, endDate, range, filters): zod reports issues in
 * shape order and clients compare the joined message byte for byte.
 */
export const insightsMetricsQuerySchema = z.object({
  /** A lone startDate is ignored; `null` stays the string "null" after coercion and gives a 500 when used. */
  startDate: z.nullish(z.string()),
  endDate: z.nullish(z.string()),
  range: z._default(upstreamRangeSchema, '7d'),
  /** No preprocessing here (unlike /export/events): `filters=` or bad JSON stays a string and fails. */
  filters: z._default(z.array(filterSchema), []),
});
export type InsightsMetricsQuery = z.infer<typeof insightsMetricsQuerySchema>;

/** The interval the server picks from the resolved boundaries; there is no `interval` parameter. */
export const metricsIntervalSchema = z.enum(['hour', 'day', 'week', 'month']);
export type MetricsInterval = z.infer<typeof metricsIntervalSchema>;

/** Range-wide totals, keys in the server's order. */
export const insightsMetricsTotalsSchema = z.object({
  bounce_rate: z.number(),
  unique_visitors: z.number(),
  total_sessions: z.number(),
  avg_session_duration: z.number(),
  total_screen_views: z.number(),
  views_per_session: z.number(),
  total_revenue: z.number(),
});
export type InsightsMetricsTotals = z.infer<typeof insightsMetricsTotalsSchema>;

/** A series row of the default (sessions) computation. `date` is tz wall-clock time labelled `Z`. */
export const insightsMetricsSeriesRowSchema = z.object({
  date: z.string(),
  bounce_rate: z.number(),
  unique_visitors: z.number(),
  total_sessions: z.number(),
  /** null in a bucket with sessions but none with a duration; 0 in a filled bucket. */
  _avg_session_duration: z.nullable(z.number()),
  avg_session_duration: z.number(),
  total_screen_views: z.number(),
  views_per_session: z.number(),
  total_revenue: z.number(),
});
export type InsightsMetricsSeriesRow = z.infer<typeof insightsMetricsSeriesRowSchema>;

/** A series row when a filter is named `path`: built from matching screen_view events. */
export const insightsMetricsPageSeriesRowSchema = z.object({
  date: z.string(),
  bounce_rate: z.number(),
  unique_visitors: z.number(),
  total_sessions: z.number(),
  avg_session_duration: z.nullable(z.number()),
  total_screen_views: z.number(),
  views_per_session: z.number(),
  overall_unique_visitors: z.nullable(z.number()),
  overall_total_sessions: z.nullable(z.number()),
  overall_bounce_rate: z.nullable(z.number()),
  total_revenue: z.number(),
});
export type InsightsMetricsPageSeriesRow = z.infer<typeof insightsMetricsPageSeriesRowSchema>;

export const insightsMetricsResponseSchema = z.object({
  metrics: insightsMetricsTotalsSchema,
  series: z.array(z.union([insightsMetricsSeriesRowSchema, insightsMetricsPageSeriesRowSchema])),
});
export type InsightsMetricsResponse = z.infer<typeof insightsMetricsResponseSchema>;
