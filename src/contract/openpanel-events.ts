import * as z from 'zod/mini';
import { filterSchema } from './openpanel-common.ts';

/**
 * `GET /export/events` (shared/openpanel-api.md §4). The query schema sees values after the server's query
 * coercion (§1.2) and is built like the server's, so zod produces the same 400 messages byte for byte:
 * `profileId=12345` is a number and fails `expected string, received number`; `filters=` or invalid JSON
 * reaches the array as `undefined` (`expected array, received undefined`); `event=123` fails the union
 * with a bare `Invalid input`.
 */
export const exportEventsQuerySchema = z.object({
  project_id: z.optional(z.string()),
  projectId: z.optional(z.string()),
  profileId: z.optional(z.string()),
  event: z.optional(z.union([z.string(), z.array(z.string())])),
  /** Anything, made into a string; parsed with `new Date()` only when both dates are given (§4.2). */
  start: z.optional(z.coerce.string()),
  end: z.optional(z.coerce.string()),
  page: z._default(z.optional(z.coerce.number()), 1),
  limit: z._default(z.optional(z.coerce.number()), 50),
  filters: z.optional(
    z.pipe(
      z.transform((value: unknown) => {
        if (value == null || value === '') return undefined;
        if (typeof value !== 'string') return value;
        try {
          return JSON.parse(value) as unknown;
        } catch {
          return undefined;
        }
      }),
      z.array(filterSchema),
    ),
  ),
  /** A comma list is split here; repeated keys or a JSON array arrive as arrays (§1.2, §4.1). */
  includes: z.optional(
    z.pipe(
      z.transform((value: unknown) => {
        if (value == null) return undefined;
        if (typeof value !== 'string') return value;
        return value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean);
      }),
      z.array(z.string()),
    ),
  ),
});
export type ExportEventsQuery = z.infer<typeof exportEventsQuerySchema>;

/** The names `includes` understands (§4.3); any other name is ignored. */
export const exportEventIncludeSchema = z.enum([
  'properties',
  'region',
  'longitude',
  'latitude',
  'osVersion',
  'browserVersion',
  'device',
  'brand',
  'model',
  'origin',
  'referrer',
  'referrerName',
  'referrerType',
  'meta',
  'importedAt',
  'sdkName',
  'sdkVersion',
  'profile',
  'revenue',
  'groups',
]);
export type ExportEventInclude = z.infer<typeof exportEventIncludeSchema>;

/**
 * `profile` (with `includes=profile`) has two forms with the same keys in different orders (§4.3):
 * a found profile `{firstName, lastName, isExternal, properties, createdAt, lastSeenAt, projectId, id,
 * email, avatar, groups}` with nested `properties`, or the stub `{id, email:"", avatar:"", firstName:"",
 * lastName:"", createdAt: now, lastSeenAt: now, projectId, isExternal:false, properties:{}, groups:[]}`
 * for anonymous events and unknown profiles.
 */
export const exportEventProfileSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  avatar: z.string(),
  isExternal: z.boolean(),
  properties: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  projectId: z.string(),
  groups: z.array(z.string()),
});
export type ExportEventProfile = z.infer<typeof exportEventProfileSchema>;

/** The project's event meta for this event name (`includes=meta`, only when it exists). */
export const exportEventMetaSchema = z.object({
  id: z.string(),
  name: z.string(),
  conversion: z.nullable(z.boolean()),
  color: z.nullable(z.string()),
  icon: z.nullable(z.string()),
  projectId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ExportEventMeta = z.infer<typeof exportEventMetaSchema>;

/**
 * One event (§4.3), keys in the server's order. Optional keys appear only with the matching `includes`.
 * `groups` is always present (`[]` unless `includes=groups`); `duration` is never returned.
 */
export const exportEventSchema = z.object({
  id: z.string(),
  name: z.string(),
  deviceId: z.string(),
  /** Equals `deviceId` for anonymous visitors. */
  profileId: z.string(),
  projectId: z.string(),
  sessionId: z.string(),
  /** Flat: dotted keys (`__query.utm_source`), every value a string. */
  properties: z.optional(z.record(z.string(), z.string())),
  /** ISO UTC with milliseconds. */
  createdAt: z.string(),
  /** ISO-3166 alpha-2 code, not a country name. */
  country: z.string(),
  city: z.string(),
  region: z.optional(z.string()),
  longitude: z.optional(z.nullable(z.number())),
  latitude: z.optional(z.nullable(z.number())),
  os: z.string(),
  osVersion: z.optional(z.string()),
  browser: z.string(),
  browserVersion: z.optional(z.string()),
  /** Lowercase: `desktop`, `mobile`, `tablet`, `server`, … */
  device: z.optional(z.string()),
  brand: z.optional(z.string()),
  model: z.optional(z.string()),
  path: z.string(),
  origin: z.optional(z.string()),
  referrer: z.optional(z.string()),
  referrerName: z.optional(z.string()),
  referrerType: z.optional(z.string()),
  meta: z.optional(exportEventMetaSchema),
  importedAt: z.optional(z.string()),
  sdkName: z.optional(z.string()),
  sdkVersion: z.optional(z.string()),
  profile: z.optional(exportEventProfileSchema),
  revenue: z.optional(z.number()),
  groups: z.array(z.string()),
});
export type ExportEvent = z.infer<typeof exportEventSchema>;

/** Every key an exported event can have, in the server's order (§4.3): the one spelling of that order. */
export const EXPORT_EVENT_KEYS: readonly (keyof ExportEvent)[] = z.keyof(exportEventSchema).options;

/** The keys every event has whatever `includes` says (§4.3; `groups` is always there): the required ones. */
export const EXPORT_EVENT_BASE_KEYS: readonly (keyof ExportEvent)[] = EXPORT_EVENT_KEYS.filter(
  (key) => !exportEventSchema.shape[key].safeParse(undefined).success,
);

export const exportEventsMetaSchema = z.object({
  /** Length of `data`. */
  count: z.number(),
  /** All-time (or the `start`/`end` days) and, with `profileId`, identified events only (§4.2). */
  totalCount: z.number(),
  pages: z.number(),
  current: z.number(),
});
export type ExportEventsMeta = z.infer<typeof exportEventsMetaSchema>;

export const exportEventsResponseSchema = z.object({
  meta: exportEventsMetaSchema,
  data: z.array(exportEventSchema),
});
export type ExportEventsResponse = z.infer<typeof exportEventsResponseSchema>;
