import * as z from 'zod/mini';

/**
 * The insights picker and live routes (shared/openpanel-api.md §9.1–§9.5). Query values arrive after the
 * server's coercion (§1.2): numeric-looking names must be JSON-quoted or they fail `expected string`.
 */

/** `GET /insights/{projectId}/…`: the path's project id (ignored for read clients, §2.3). */
export const insightsProjectParamsSchema = z.object({ projectId: z.string() });
export type InsightsProjectParams = z.infer<typeof insightsProjectParamsSchema>;

/** `events/names`: a bare array of at most 50 names, ranked by insert batches, not volume (§9.2). */
export const eventNamesResponseSchema = z.array(z.string());
export type EventNamesResponse = z.infer<typeof eventNamesResponseSchema>;

/** `events/properties` query: absent or empty `eventName` means all events (§9.3). */
export const eventPropertiesQuerySchema = z.object({ eventName: z.optional(z.string()) });
export type EventPropertiesQuery = z.infer<typeof eventPropertiesQuerySchema>;

/** One distinct (key, event) pair; the key is the flattened stored key without `properties.`. */
export const eventPropertyPairSchema = z.object({
  property_key: z.string(),
  event_name: z.string(),
});
export type EventPropertyPair = z.infer<typeof eventPropertyPairSchema>;

/** The fixed 22 top-level columns that `events/properties` always lists, in the server's order. */
export const EVENT_PROPERTY_COLUMNS = [
  'path',
  'origin',
  'referrer',
  'referrer_name',
  'referrer_type',
  'duration',
  'country',
  'city',
  'region',
  'os',
  'os_version',
  'browser',
  'browser_version',
  'device',
  'brand',
  'model',
  'sdk_name',
  'sdk_version',
  'profile_id',
  'session_id',
  'device_id',
  'revenue',
] as const;

export const eventPropertiesResponseSchema = z.object({
  columns: z.array(z.string()),
  /** At most 500 pairs, sorted bytewise by key. */
  properties: z.array(eventPropertyPairSchema),
});
export type EventPropertiesResponse = z.infer<typeof eventPropertiesResponseSchema>;

/** `events/property_values` query: both required; `eventName=` is accepted and matches nothing (§9.4). */
export const propertyValuesQuerySchema = z.object({
  eventName: z.string(),
  propertyKey: z.string(),
});
export type PropertyValuesQuery = z.infer<typeof propertyValuesQuerySchema>;

export const propertyValuesResponseSchema = z.object({
  event: z.string(),
  property: z.string(),
  /** At most 200 non-empty strings; the real server may repeat a value, so deduplicate. */
  values: z.array(z.string()),
});
export type PropertyValuesResponse = z.infer<typeof propertyValuesResponseSchema>;

/** `live`: distinct non-empty profile ids active in the last 5 minutes (§9.5). */
export const liveVisitorsResponseSchema = z.object({ visitors: z.number() });
export type LiveVisitorsResponse = z.infer<typeof liveVisitorsResponseSchema>;
