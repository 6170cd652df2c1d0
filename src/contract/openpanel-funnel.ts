import * as z from 'zod/mini';
import { filterSchema, upstreamRangeSchema } from './openpanel-common.ts';

/**
 * Funnels (shared/openpanel-api.md §7). The real endpoint is `GET /insights/{projectId}/funnel`; the seed
 * docs' `GET /export/funnel` does not exist upstream (§7.1) and is only served by the emulator on request.
 * Key order in the query schemas follows the server's (`zDateRange.extend(…)`), because zod reports
 * issues in shape order and clients compare the joined message byte for byte.
 */

const funnelDateRangeShape = {
  startDate: z.optional(z.string()),
  endDate: z.optional(z.string()),
  range: z.optional(upstreamRangeSchema),
};

export const funnelGroupBySchema = z.enum(['session_id', 'profile_id']);
export type FunnelGroupBy = z.infer<typeof funnelGroupBySchema>;

const windowHoursSchema = z._default(z.number().check(z.int(), z.gte(1), z.lte(720)), 24);

/** §7.2: a single string becomes a one-item list (and then fails the 2–10 refinement). */
export const insightsFunnelQuerySchema = z.object({
  ...funnelDateRangeShape,
  steps: z
    .union([
      z.array(z.string()),
      z.pipe(
        z.string(),
        z.transform((s: string) => [s]),
      ),
    ])
    .check(
      z.refine((a: string[]) => a.length >= 2 && a.length <= 10, {
        message: 'steps must have between 2 and 10 items',
      }),
    ),
  windowHours: windowHoursSchema,
  groupBy: z._default(funnelGroupBySchema, 'session_id'),
});
export type InsightsFunnelQuery = z.infer<typeof insightsFunnelQuerySchema>;

export const insightsFunnelStepSchema = z.object({
  step: z.number(),
  eventName: z.string(),
  users: z.number(),
  conversionRateFromStart: z.number(),
  /** null on the last step (§7.2). */
  dropoffPercent: z.nullable(z.number()),
  isHighestDropoff: z.boolean(),
});
export type InsightsFunnelStep = z.infer<typeof insightsFunnelStepSchema>;

export const insightsFunnelResponseSchema = z.object({
  steps: z.array(insightsFunnelStepSchema),
  totalUsers: z.number(),
  completedUsers: z.number(),
  overallConversionRate: z.number(),
});
export type InsightsFunnelResponse = z.infer<typeof insightsFunnelResponseSchema>;

/** One step of the seed's `/export/funnel`: an event name with optional §6 filters on that step's events. */
export const exportFunnelEventSchema = z.object({
  name: z.string(),
  filters: z._default(z.array(filterSchema), []),
});
export type ExportFunnelEvent = z.infer<typeof exportFunnelEventSchema>;

/** The seed docs' `GET /export/funnel` query (emulator-only, see §7.1). */
export const exportFunnelQuerySchema = z.object({
  projectId: z.optional(z.string()),
  project_id: z.optional(z.string()),
  events: z.array(exportFunnelEventSchema).check(
    z.refine((a) => a.length >= 2 && a.length <= 10, {
      message: 'events must have between 2 and 10 items',
    }),
  ),
  ...funnelDateRangeShape,
  windowHours: windowHoursSchema,
  groupBy: z._default(funnelGroupBySchema, 'session_id'),
});
export type ExportFunnelQuery = z.infer<typeof exportFunnelQuerySchema>;

export const exportFunnelStepSchema = z.object({
  event: z.object({ name: z.string(), displayName: z.string() }),
  count: z.number(),
  percent: z.number(),
  dropoffCount: z.number(),
  dropoffPercent: z.number(),
  previousCount: z.number(),
});
export type ExportFunnelStep = z.infer<typeof exportFunnelStepSchema>;

export const exportFunnelResponseSchema = z.object({
  totalSessions: z.number(),
  steps: z.array(exportFunnelStepSchema),
});
export type ExportFunnelResponse = z.infer<typeof exportFunnelResponseSchema>;
