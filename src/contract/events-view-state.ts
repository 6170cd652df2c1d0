import * as z from 'zod/mini';
import { bffDateSchema } from './bff-api.ts';
import { filterSchema } from './openpanel-common.ts';
import { exportEventIncludeSchema } from './openpanel-events.ts';
import type { ExportEventInclude } from './openpanel-events.ts';

/**
 * The Events page's whole state, as its URL carries it (version 1 of a public contract: keys are never
 * renamed, only added). Short keys shared with the other pages (`range`, `from`, `to`); events-only keys:
 *
 * - `events`  event names (a JSON array, or one name); none = every event
 * - `range`   `all_time` (default), `today`, `yesterday`, `7d`, `30d`: days in the organization's zone
 * - `from`, `to` days (`yyyy-MM-dd`) in the organization's zone; both together override `range`
 * - `filters` JSON array of filters in the full §6 grammar (ANDed)
 * - `include` optional fields to add (§4.3): `properties`, `profile`, `meta`, `device`, `region`, …
 * - `page`    1-based page number
 * - `size`    rows per page, 50 by default (the seed's page size); up to 1000, the upstream's clamp (§4.1)
 *
 * Hand-edited links are tolerated: every part that does not parse falls back to its default, and
 * `eventsViewStateIssues` names what was ignored for a visible notice.
 */

export const EVENTS_DEFAULT_PAGE_SIZE = 50;
/** The upstream clamps `limit` to 1..1000 (§4.1): a larger size would silently shrink. */
export const EVENTS_MAX_PAGE_SIZE = 1000;
/** The BFF accepts 20 filters; one slot stays free for the event-name filter of a multi-name view. */
export const EVENTS_MAX_FILTERS = 19;

export const eventsRangeSchema = z.enum(['all_time', 'today', 'yesterday', '7d', '30d']);
export type EventsRange = z.infer<typeof eventsRangeSchema>;

/** Values arrive as arrays (the router already JSON-parsed them) or as JSON text (a pasted link). */
function jsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** One name is accepted bare (`events=signup`); the router may also have parsed `404` into a number. */
function namesInput(value: unknown): unknown {
  const parsed = jsonText(value);
  if (typeof parsed === 'string' || typeof parsed === 'number') return [String(parsed)];
  return parsed;
}

/** `include=properties,profile` or a JSON array. */
function includeInput(value: unknown): unknown {
  const parsed = jsonText(value);
  if (typeof parsed === 'string') return parsed.split(',').filter(Boolean);
  return parsed;
}

// zod/mini has no `preprocess`: it is a pipe from a transform, which is what classic zod builds for it.
const namesSchema = z.pipe(
  z.transform(namesInput),
  z.array(z.string().check(z.minLength(1))).check(z.maxLength(20)),
);
const filtersSchema = z.pipe(
  z.transform(jsonText),
  z.array(filterSchema).check(z.maxLength(EVENTS_MAX_FILTERS)),
);
const includeSchema = z.pipe(z.transform(includeInput), z.array(exportEventIncludeSchema));
/** TanStack's search parser turns `2026` into a number; a date is still a string to us. */
const daySchema = z
  .pipe(z.coerce.string(), bffDateSchema)
  .check(z.refine((v: string) => v.length === 10, 'A day, yyyy-MM-dd'));
const pageSchema = z.coerce.number().check(z.int(), z.gte(1), z.lte(100_000));
const sizeSchema = z.coerce.number().check(z.int(), z.gte(1), z.lte(EVENTS_MAX_PAGE_SIZE));

const objectSchema = z.object({
  events: z.catch(namesSchema, []),
  range: z.catch(eventsRangeSchema, 'all_time'),
  from: z.catch(z.optional(daySchema), undefined),
  to: z.catch(z.optional(daySchema), undefined),
  filters: z.catch(filtersSchema, []),
  // Deduplicated and in the server's order, so two spellings of one view share one cache entry.
  include: z.catch(
    z.pipe(
      includeSchema,
      z.transform((names: ExportEventInclude[]) =>
        exportEventIncludeSchema.options.filter((n) => names.includes(n)),
      ),
    ),
    [],
  ),
  page: z.catch(pageSchema, 1),
  size: z.catch(sizeSchema, EVENTS_DEFAULT_PAGE_SIZE),
});

export const eventsViewStateSchema = z.pipe(
  z.pipe(
    z.transform((raw: unknown) => (raw && typeof raw === 'object' ? raw : {})),
    objectSchema,
  ),
  z.transform((state: z.output<typeof objectSchema>) => {
    // A date window needs both ends in order; half of one is dropped (and reported) as a whole.
    const ordered = state.from !== undefined && state.to !== undefined && state.from <= state.to;
    return ordered ? state : { ...state, from: undefined, to: undefined };
  }),
);
export type EventsViewState = z.infer<typeof eventsViewStateSchema>;

/** The state an empty URL means. */
export const defaultEventsViewState: EventsViewState = eventsViewStateSchema.parse({});

/** Tolerant parse for the route's `validateSearch`: never throws, always a usable state. */
export function parseEventsViewState(raw: unknown): EventsViewState {
  return eventsViewStateSchema.parse(raw);
}

/**
 * The search object to navigate to: defaults are left out so URLs stay short, and arrays stay arrays
 * (the router JSON-encodes them), so serialize → parse → serialize is the identity.
 */
export function serializeEventsViewState(state: EventsViewState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (state.events.length > 0) out.events = state.events;
  if (state.range !== 'all_time') out.range = state.range;
  if (state.from !== undefined && state.to !== undefined) {
    out.from = state.from;
    out.to = state.to;
  }
  if (state.filters.length > 0) out.filters = state.filters;
  if (state.include.length > 0) out.include = state.include;
  if (state.page !== 1) out.page = state.page;
  if (state.size !== EVENTS_DEFAULT_PAGE_SIZE) out.size = state.size;
  return out;
}

const KNOWN_KEYS = new Set(['events', 'range', 'from', 'to', 'filters', 'include', 'page', 'size']);

/** Human-readable list of the URL parts that were ignored (unknown keys, values that do not parse). */
export function eventsViewStateIssues(raw: Record<string, unknown>): string[] {
  const issues: string[] = [];
  const check = (key: string, schema: z.ZodMiniType, what: string) => {
    if (raw[key] !== undefined && !schema.safeParse(raw[key]).success) issues.push(what);
  };
  check('events', namesSchema, 'events (a list of event names)');
  check('range', eventsRangeSchema, `range “${String(raw.range)}”`);
  check('from', daySchema, 'from (not a day)');
  check('to', daySchema, 'to (not a day)');
  check(
    'filters',
    filtersSchema,
    `filters (up to ${EVENTS_MAX_FILTERS} filters in the filter grammar)`,
  );
  check('include', includeSchema, 'include (unknown field names)');
  check('page', pageSchema, 'page (a whole number from 1)');
  check('size', sizeSchema, `size (1 to ${EVENTS_MAX_PAGE_SIZE} rows)`);
  const from = daySchema.safeParse(raw.from);
  const to = daySchema.safeParse(raw.to);
  if (from.success !== to.success) {
    issues.push('from/to (both ends of the window are needed)');
  } else if (from.success && to.success && from.data > to.data) {
    issues.push('from/to (the window ends before it starts)');
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) issues.push(`unknown parameter “${key}”`);
  }
  return issues;
}
