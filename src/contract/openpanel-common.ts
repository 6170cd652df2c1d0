import * as z from 'zod/mini';

/**
 * Shared pieces of OpenPanel's upstream wire format (shared/openpanel-api.md §5.1, §5.2, §6).
 * Enum members are declared in the server's order: zod lists them in that order in
 * `Invalid option: expected one of …` messages, which clients and the conformance suite compare byte for byte.
 */

/** The 15 range names the server accepts (§5.2). Anything else (`last_7_days`, `90d`) is a 400. */
export const upstreamRangeSchema = z.enum([
  '30min',
  'lastHour',
  'last24h',
  'today',
  'yesterday',
  '7d',
  '30d',
  '3m',
  '6m',
  '12m',
  'monthToDate',
  'lastMonth',
  'yearToDate',
  'lastYear',
  'custom',
]);
export type UpstreamRange = z.infer<typeof upstreamRangeSchema>;

export const intervalSchema = z.enum(['minute', 'day', 'hour', 'week', 'month']);
export type Interval = z.infer<typeof intervalSchema>;

export const segmentSchema = z.enum([
  'event',
  'user',
  'session',
  'group',
  'user_average',
  'one_event_per_user',
  'property_sum',
  'property_average',
  'property_max',
  'property_min',
]);
export type Segment = z.infer<typeof segmentSchema>;

export const filterOperatorSchema = z.enum([
  'is',
  'isNot',
  'contains',
  'doesNotContain',
  'startsWith',
  'endsWith',
  'regex',
  'isNull',
  'isNotNull',
  'gt',
  'lt',
  'gte',
  'lte',
  'inCohort',
  'notInCohort',
]);
export type FilterOperator = z.infer<typeof filterOperatorSchema>;

export const filterValueTypeSchema = z.enum(['string', 'number', 'date', 'datetime', 'boolean']);

/** One filter of the grammar (§6). Filters in a list are ANDed. */
export const filterSchema = z.object({
  id: z.optional(z.string()),
  name: z.string(),
  operator: filterOperatorSchema,
  value: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  type: z.optional(filterValueTypeSchema),
  cohortId: z.optional(z.string()),
  cohortIds: z.optional(z.array(z.string())),
});
export type Filter = z.infer<typeof filterSchema>;
