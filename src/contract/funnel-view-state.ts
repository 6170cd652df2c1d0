import * as z from 'zod/mini';
import { bffDateSchema, bffRangeSchema, funnelStepSchema } from './bff-api.ts';

/**
 * The Funnels page's whole state, as its URL carries it (version 1 of a public contract: keys are never
 * renamed, only added). Short keys shared with the other pages (`range`, `from`, `to`); funnel-only keys:
 *
 * - `steps`   JSON array of `{name, filters?}` (2–10; `filters` use the §6 grammar)
 * - `range`   a range name (seed or upstream spelling), used unless both `from` and `to` are given
 * - `from`, `to` days (or wall-clock date-times) in the organization's zone
 * - `window`  conversion window in hours (1–720, upstream default 24, §7.2)
 * - `unit`    `session` or `profile`: what counts as one conversion unit (§7.2 `groupBy`)
 * - `compare` `previous` draws the previous equal-length window as a second bar per step
 * - `split`   a reference id: the funnel before and after it, side by side
 *
 * A share link opens this page with the BFF's own query keys (`startDate`, `endDate`, `windowHours`,
 * `groupBy`), so those are read as aliases. Hand-edited links are tolerated: every part that does not
 * parse falls back to its default, and `funnelViewStateIssues` names what was ignored for a visible notice.
 */

export const FUNNEL_MIN_STEPS = 2;
export const FUNNEL_MAX_STEPS = 10;

export const funnelUnitSchema = z.enum(['session', 'profile']);
export type FunnelUnit = z.infer<typeof funnelUnitSchema>;

/** What the page shows when the URL names no (valid) funnel: the demo shop's buying journey. */
export const DEFAULT_FUNNEL_STEPS = [
  { name: 'session_start' },
  { name: 'add_to_cart' },
  { name: 'purchase' },
];
export const DEFAULT_FUNNEL_RANGE = '30d';
export const DEFAULT_FUNNEL_WINDOW_HOURS = 24;

const stepsSchema = z
  .array(funnelStepSchema)
  .check(z.minLength(FUNNEL_MIN_STEPS), z.maxLength(FUNNEL_MAX_STEPS));
const windowSchema = z.coerce.number().check(z.int(), z.gte(1), z.lte(720));
/** TanStack's search parser turns `2026` into a number; a date is still a string to us. */
const dateSchema = z.pipe(z.coerce.string(), bffDateSchema);
const referenceIdSchema = z.coerce.string().check(z.regex(/^[0-9a-fA-F-]{36}$/));

/** Steps arrive as an array (the router already JSON-parsed them) or as JSON text (a share link). */
function stepsInput(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** `startDate`/`endDate`/`windowHours`/`groupBy` (the BFF's names, from share links) → our keys. */
function withAliases(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  const alias = (from: string, to: string, map: (v: unknown) => unknown = (v) => v) => {
    if (out[from] !== undefined && out[to] === undefined) out[to] = map(out[from]);
    delete out[from];
  };
  alias('startDate', 'from');
  alias('endDate', 'to');
  alias('windowHours', 'window');
  alias('groupBy', 'unit', (v) =>
    v === 'session_id' ? 'session' : v === 'profile_id' ? 'profile' : v,
  );
  return out;
}

const objectSchema = z.object({
  steps: z.catch(z.pipe(z.transform(stepsInput), stepsSchema), DEFAULT_FUNNEL_STEPS),
  range: z.catch(bffRangeSchema, DEFAULT_FUNNEL_RANGE),
  from: z.catch(z.optional(dateSchema), undefined),
  to: z.catch(z.optional(dateSchema), undefined),
  window: z.catch(windowSchema, DEFAULT_FUNNEL_WINDOW_HOURS),
  unit: z.catch(funnelUnitSchema, 'session'),
  compare: z.catch(z.optional(z.literal('previous')), undefined),
  split: z.catch(z.optional(referenceIdSchema), undefined),
});

// zod/mini has no `preprocess`: it is a pipe from a transform, which is what classic zod builds for it.
export const funnelViewStateSchema = z.pipe(
  z.pipe(
    z.transform((raw: unknown) =>
      raw && typeof raw === 'object' ? withAliases(raw as Record<string, unknown>) : {},
    ),
    objectSchema,
  ),
  z.transform((state: z.output<typeof objectSchema>) => {
    // A date window needs both ends in order; half of one is dropped (and reported) as a whole.
    const ordered =
      state.from !== undefined &&
      state.to !== undefined &&
      state.from.slice(0, 10) <= state.to.slice(0, 10);
    return ordered ? state : { ...state, from: undefined, to: undefined };
  }),
);
export type FunnelViewState = z.infer<typeof funnelViewStateSchema>;

/** The state an empty URL means. */
export const defaultFunnelViewState: FunnelViewState = funnelViewStateSchema.parse({});

/** Tolerant parse: never throws, always a usable state. */
export function parseFunnelViewState(raw: unknown): FunnelViewState {
  return funnelViewStateSchema.parse(raw);
}

/** The URL form of a state: defaults left out, so a plain `/funnels` link stays plain. */
export type FunnelSearch = Partial<FunnelViewState>;

/**
 * What the route's `validateSearch` returns (the router writes it back into the address bar): the valid
 * parts that differ from the defaults. `parseFunnelViewState` turns it back into the full state.
 */
export function funnelSearchOf(state: FunnelViewState): FunnelSearch {
  const out: FunnelSearch = {};
  const d = defaultFunnelViewState;
  if (JSON.stringify(state.steps) !== JSON.stringify(d.steps)) out.steps = state.steps;
  if (state.from !== undefined && state.to !== undefined) {
    out.from = state.from;
    out.to = state.to;
  } else if (state.range !== d.range) out.range = state.range;
  if (state.window !== d.window) out.window = state.window;
  if (state.unit !== d.unit) out.unit = state.unit;
  if (state.compare !== undefined) out.compare = state.compare;
  if (state.split !== undefined) out.split = state.split;
  return out;
}

const KNOWN_KEYS = new Set(['steps', 'range', 'from', 'to', 'window', 'unit', 'compare', 'split']);

/** Human-readable list of the URL parts that were ignored (unknown keys, values that do not parse). */
export function funnelViewStateIssues(raw: Record<string, unknown>): string[] {
  const input = withAliases(raw);
  const issues: string[] = [];
  const check = (key: string, schema: z.ZodMiniType, what: string) => {
    if (input[key] !== undefined && !schema.safeParse(input[key]).success) issues.push(what);
  };
  check(
    'steps',
    z.pipe(z.transform(stepsInput), stepsSchema),
    'steps (a funnel needs 2 to 10 named steps)',
  );
  check('range', bffRangeSchema, `range “${String(input.range)}”`);
  check('from', dateSchema, 'from (not a date)');
  check('to', dateSchema, 'to (not a date)');
  check('window', windowSchema, 'window (whole hours from 1 to 720)');
  check('unit', funnelUnitSchema, 'unit (session or profile)');
  check('compare', z.literal('previous'), 'compare');
  check('split', referenceIdSchema, 'split (not a reference id)');
  const from = dateSchema.safeParse(input.from);
  const to = dateSchema.safeParse(input.to);
  if (from.success !== to.success) {
    issues.push('from/to (both ends of the window are needed)');
  } else if (from.success && to.success && from.data.slice(0, 10) > to.data.slice(0, 10)) {
    issues.push('from/to (the window ends before it starts)');
  }
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) issues.push(`unknown parameter “${key}”`);
  }
  return issues;
}
