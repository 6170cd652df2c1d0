import * as z from 'zod/mini';

/**
 * `POST /import/events` (shared/openpanel-api.md §13): a JSON array of rows in ClickHouse's storage shape,
 * snake_case. The server does not validate the body itself; ClickHouse's JSONEachRow insert fills omitted
 * columns (and nulls in non-nullable ones) with the column defaults, which is why every field but
 * `created_at` is optional and nullish here. `project_id` and `imported_at` are accepted but overwritten.
 */
const text = z.nullish(z.string());
const num = z.nullish(z.number());

export const importEventRowSchema = z.object({
  id: text,
  name: text,
  device_id: text,
  profile_id: text,
  project_id: text,
  session_id: text,
  path: text,
  origin: text,
  referrer: text,
  referrer_name: text,
  referrer_type: text,
  duration: num,
  /** Nested values are flattened to dotted string keys (§12.12). */
  properties: z.nullish(z.record(z.string(), z.unknown())),
  /** Anything `new Date()` parses; an ISO instant is safest. */
  created_at: z.union([z.string(), z.number()]),
  country: text,
  city: text,
  region: text,
  longitude: num,
  latitude: num,
  os: text,
  os_version: text,
  browser: text,
  browser_version: text,
  device: text,
  brand: text,
  model: text,
  imported_at: z.optional(z.unknown()),
  sdk_name: text,
  sdk_version: text,
  revenue: num,
  groups: z.nullish(z.array(z.string())),
});
export type ImportEventRow = z.infer<typeof importEventRowSchema>;

export const importEventsBodySchema = z.array(importEventRowSchema);
export type ImportEventsBody = z.infer<typeof importEventsBodySchema>;
