import * as z from 'zod/mini';
import { chartBreakdownSchema, chartSeriesItemSchema } from './openpanel-charts.ts';
import { filterSchema, intervalSchema, upstreamRangeSchema } from './openpanel-common.ts';
import { openpanelReferenceSchema } from './openpanel-manage.ts';
import {
  referenceDatetimeSchema,
  referenceDescriptionSchema,
  referenceTitleSchema,
} from './reference-form.ts';

/**
 * The BFF's wire API (`/api/*`): the SPA validates with these schemas in the browser and the BFF validates
 * the same request again before any upstream call. Upstream spellings are mapped in src/server/mappers.
 */

export const bffErrorCodeSchema = z.enum([
  'bad_request',
  'unauthenticated',
  'forbidden',
  'csrf',
  'not_found',
  'method_not_allowed',
  'conflict',
  'rate_limited',
  'upstream_unavailable',
  'upstream_error',
  'timeout',
  'share_expired',
  'share_invalid',
  'internal',
]);
export type BffErrorCode = z.infer<typeof bffErrorCodeSchema>;

export const bffErrorSchema = z.object({
  error: z.object({
    code: bffErrorCodeSchema,
    message: z.string(),
    details: z.optional(z.record(z.string(), z.array(z.string()))),
    upstreamStatus: z.optional(z.number()),
  }),
});
export type BffError = z.infer<typeof bffErrorSchema>;

export const roleSchema = z.enum(['viewer', 'editor']);
export type Role = z.infer<typeof roleSchema>;

export const configResponseSchema = z.object({
  mode: z.enum(['demo', 'live']),
  timezone: z.string(),
  auth: z.enum(['open', 'password']),
});
export type ConfigResponse = z.infer<typeof configResponseSchema>;

export const sessionResponseSchema = z.object({
  user: z.nullable(z.object({ name: z.string(), role: roleSchema })),
  csrfToken: z.nullable(z.string()),
  authRequired: z.boolean(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

// The login form shows these messages as they are, and the browser loads no zod locale: every one is written here.
export const loginRequestSchema = z.object({
  username: z
    .string({ error: 'Enter a user name' })
    .check(
      z.trim(),
      z.minLength(1, 'Enter a user name'),
      z.maxLength(100, 'Use at most 100 characters'),
    ),
  password: z
    .string({ error: 'Enter a password' })
    .check(z.minLength(1, 'Enter a password'), z.maxLength(1000, 'Use at most 1000 characters')),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** Project ids are slugs (§8.2); anything else never reaches an upstream path. */
export const projectIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Not a valid project id'));

export const projectsResponseSchema = z.object({
  projects: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ProjectsResponse = z.infer<typeof projectsResponseSchema>;

/** The range names of the original product spec (seed docs), accepted beside the upstream's 15. */
export const seedRangeSchema = z.enum([
  'today',
  'yesterday',
  'last_7_days',
  'last_30_days',
  'this_month',
  'last_month',
  'this_year',
  'last_year',
  'all_time',
]);
export type SeedRange = z.infer<typeof seedRangeSchema>;

export const bffRangeSchema = z.union([seedRangeSchema, upstreamRangeSchema]);
export type BffRange = z.infer<typeof bffRangeSchema>;

/** `2024-04-01` (a whole day in the organization's zone) or an instant / wall-clock date-time. */
export const bffDateSchema = z.string().check(
  z.regex(
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'Use YYYY-MM-DD or an ISO 8601 date-time',
  ),
  z.refine((v: string) => !Number.isNaN(Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v)), {
    message: 'Not a real date',
  }),
);

/** Query strings carry JSON for structured values (series, breakdowns, filters, steps). */
const jsonParam = <T extends z.core.$ZodType>(schema: T) =>
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((raw: string, ctx): unknown => {
        try {
          return JSON.parse(raw);
        } catch {
          ctx.issues.push({ code: 'custom', message: 'Must be URL-encoded JSON', input: raw });
          return z.NEVER;
        }
      }),
    ),
    schema,
  );

/** The upstream series item (§5.1) with a human message for a missing event. */
export const chartSeriesInputSchema = z.extend(chartSeriesItemSchema, {
  name: z.string().check(z.minLength(1, 'Pick an event')),
});
export type ChartSeriesInput = z.input<typeof chartSeriesInputSchema>;

const dateWindowRefinement = (
  q: { startDate?: string; endDate?: string },
  ctx: z.core.$RefinementCtx,
) => {
  if (q.startDate !== undefined && q.endDate === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'Give an end date with the start date',
    });
  }
  if (q.startDate && q.endDate && q.startDate.slice(0, 10) > q.endDate.slice(0, 10)) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'The end date is before the start date',
    });
  }
};

export const chartQuerySchema = z
  .strictObject({
    series: jsonParam(
      z
        .array(chartSeriesInputSchema)
        .check(z.minLength(1, 'Add at least one series'), z.maxLength(10)),
    ),
    breakdowns: z.optional(jsonParam(z.array(chartBreakdownSchema).check(z.maxLength(5)))),
    range: z.optional(bffRangeSchema),
    startDate: z.optional(bffDateSchema),
    endDate: z.optional(bffDateSchema),
    interval: z.optional(intervalSchema),
    previous: z.optional(z.enum(['true', 'false'])),
  })
  .check(z.superRefine(dateWindowRefinement));
export type ChartQuery = z.infer<typeof chartQuerySchema>;

/**
 * An exact instant with an explicit offset (`2026-08-22T12:00:00.000Z`), for bounds finer than a day.
 * Milliseconds are the finest unit the upstream stores (DateTime64(3)); finer digits are dropped.
 */
export const bffInstantSchema = z.iso
  .datetime({
    offset: true,
    message: 'Use an ISO 8601 instant with an offset, e.g. 2026-08-22T12:00:00Z',
  })
  .check(z.refine((v: string) => !Number.isNaN(Date.parse(v)), { message: 'Not a real date' }));

/**
 * Event names for the event table: one name, a repeated `event` key (`event=a&event=b`) or one URL-encoded
 * JSON array (`event=["a","b"]`), like the upstream's own `event` (§4.1). Always a list after parsing. A comma
 * list is NOT split (`event=a,b` is the single name `a,b`, as upstream).
 */
export const eventNamesParamSchema = z.pipe(
  z.pipe(
    z.union([z.string(), z.array(z.string())]),
    z.transform((raw: string | string[]): unknown => {
      if (Array.isArray(raw)) return raw;
      if (raw.startsWith('[')) {
        try {
          return JSON.parse(raw) as unknown;
        } catch {
          return [raw];
        }
      }
      return [raw];
    }),
  ),
  z
    .array(z.string().check(z.minLength(1, 'An event name cannot be empty')))
    .check(
      z.minLength(1, 'Give at least one event name'),
      z.maxLength(50, 'At most 50 event names'),
    ),
);

export const eventsQuerySchema = z.strictObject({
  event: z.optional(eventNamesParamSchema),
  start: z.optional(bffDateSchema),
  end: z.optional(bffDateSchema),
  /** Only events at or before this instant (inclusive); e.g. a CSV export fixes its end when it starts. */
  before: z.optional(bffInstantSchema),
  /** Only events at or after this instant (inclusive). */
  after: z.optional(bffInstantSchema),
  page: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100_000))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000))),
  filters: z.optional(jsonParam(z.array(filterSchema).check(z.maxLength(20)))),
  includes: z.optional(
    z.string().check(z.regex(/^[A-Za-z]+(,[A-Za-z]+)*$/, 'A comma-separated list of field names')),
  ),
});
export type EventsQuery = z.infer<typeof eventsQuerySchema>;

/** `GET /api/projects/:projectId/events/new-count`: events matching the table's filters after `since`. */
export const eventsNewCountQuerySchema = z.strictObject({
  since: bffInstantSchema,
  event: z.optional(eventNamesParamSchema),
  filters: z.optional(jsonParam(z.array(filterSchema).check(z.maxLength(20)))),
});
export type EventsNewCountQuery = z.infer<typeof eventsNewCountQuerySchema>;

export const eventsNewCountResponseSchema = z.object({
  /** Matching events strictly after `since` (up to a few seconds stale: the BFF caches ~5 s). */
  count: z.number(),
  /** `createdAt` (ISO, UTC) of the newest of them; null when there are none. */
  newest: z.nullable(z.string()),
});
export type EventsNewCountResponse = z.infer<typeof eventsNewCountResponseSchema>;

/** `GET /api/projects/:projectId/live`: distinct visitors active in the last 5 minutes (§9.5). */
export const liveQuerySchema = z.strictObject({});
export const liveResponseSchema = z.object({ visitors: z.number() });
export type LiveResponse = z.infer<typeof liveResponseSchema>;

export const funnelStepSchema = z.object({
  name: z.string().check(z.minLength(1, 'Pick an event for every step')),
  filters: z.optional(z.array(filterSchema)),
});
export type FunnelStep = z.infer<typeof funnelStepSchema>;

export const funnelQuerySchema = z
  .strictObject({
    steps: jsonParam(
      z
        .array(funnelStepSchema)
        .check(
          z.minLength(2, 'A funnel needs 2 to 10 steps'),
          z.maxLength(10, 'A funnel needs 2 to 10 steps'),
        ),
    ),
    range: z.optional(bffRangeSchema),
    startDate: z.optional(bffDateSchema),
    endDate: z.optional(bffDateSchema),
    windowHours: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(720))),
    groupBy: z.optional(z.enum(['session_id', 'profile_id'])),
  })
  .check(z.superRefine(dateWindowRefinement));
export type FunnelQuery = z.infer<typeof funnelQuerySchema>;

export const funnelResponseSchema = z.object({
  totalUnits: z.number(),
  completedUnits: z.number(),
  overallConversionRate: z.number(),
  steps: z.array(
    z.object({
      name: z.string(),
      count: z.number(),
      percentOfFirst: z.number(),
      dropoffCount: z.number(),
      /** null on the last step (§7.2). */
      dropoffPercent: z.nullable(z.number()),
      isHighestDropoff: z.boolean(),
    }),
  ),
  /** false when some step asked for filters that the upstream used could not apply. */
  perStepFiltersApplied: z.boolean(),
  source: z.enum(['export', 'insights']),
});
export type FunnelResponse = z.infer<typeof funnelResponseSchema>;

export const eventNamesResponseSchema = z.object({ names: z.array(z.string()) });
export type EventNamesResponse = z.infer<typeof eventNamesResponseSchema>;

export const eventPropertiesQuerySchema = z.strictObject({ event: z.optional(z.string()) });
export const eventPropertiesResponseSchema = z.object({
  columns: z.array(z.string()),
  properties: z.array(z.string()),
});
export type EventPropertiesResponse = z.infer<typeof eventPropertiesResponseSchema>;

export const propertyValuesQuerySchema = z.strictObject({
  event: z.string().check(z.minLength(1)),
  property: z.string().check(z.minLength(1)),
});
export const propertyValuesResponseSchema = z.object({ values: z.array(z.string()) });
export type PropertyValuesResponse = z.infer<typeof propertyValuesResponseSchema>;

/** Reference ids are Postgres UUIDs; a malformed one would be a 500 upstream (§8), so it stops here. */
export const referenceIdSchema = z
  .string()
  .check(
    z.regex(
      /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
      'Not a reference id',
    ),
  );

/** The upstream Reference minus the `project` key only GET-by-id carries (§8.1). */
export const referenceSchema = openpanelReferenceSchema;
export type Reference = z.infer<typeof referenceSchema>;

// The same field schemas validate the editor form in the browser (reference-form.ts) and here.
export const referenceCreateSchema = z.strictObject({
  title: referenceTitleSchema,
  description: z.optional(referenceDescriptionSchema),
  datetime: referenceDatetimeSchema,
});
export type ReferenceCreate = z.infer<typeof referenceCreateSchema>;

export const referencePatchSchema = z.strictObject({
  title: z.optional(referenceTitleSchema),
  /** null clears the description (sent upstream as "", since the server rejects null, §8.1). */
  description: z.optional(z.nullable(referenceDescriptionSchema)),
  datetime: z.optional(referenceDatetimeSchema),
  /** The `updatedAt` the client loaded; a different current value answers 409 `conflict`. */
  expectedUpdatedAt: z.optional(z.string()),
});
export type ReferencePatch = z.infer<typeof referencePatchSchema>;

export const referencesResponseSchema = z.object({ references: z.array(referenceSchema) });
export type ReferencesResponse = z.infer<typeof referencesResponseSchema>;
export const referenceItemResponseSchema = z.object({ reference: referenceSchema });
export type ReferenceItemResponse = z.infer<typeof referenceItemResponseSchema>;

export const shareViewSchema = z.enum(['chart', 'funnel']);
export type ShareView = z.infer<typeof shareViewSchema>;

export const shareLinkCreateSchema = z.strictObject({
  view: shareViewSchema,
  projectId: projectIdSchema,
  /** The exact query string the shared page sends to `/api/projects/:projectId/<view>`. */
  search: z.string().check(z.maxLength(4000)),
  /** Lifetime in hours; 7 days by default. */
  ttlHours: z.optional(z.number().check(z.int(), z.gte(1), z.lte(24 * 90))),
});
export type ShareLinkCreate = z.infer<typeof shareLinkCreateSchema>;

export const shareLinkResponseSchema = z.object({
  token: z.string(),
  url: z.string(),
  expiresAt: z.string(),
});
export type ShareLinkResponse = z.infer<typeof shareLinkResponseSchema>;

export const shareInfoResponseSchema = z.object({
  view: shareViewSchema,
  projectId: z.string(),
  search: z.string(),
  expiresAt: z.string(),
});
export type ShareInfoResponse = z.infer<typeof shareInfoResponseSchema>;
