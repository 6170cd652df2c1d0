import * as z from 'zod/mini';
import { bffRangeSchema, referenceIdSchema } from './bff-api.ts';
import type { BffRange } from './bff-api.ts';
import { chartRangeLabel } from './chart-range-label.ts';
import { anchorParam, chartViewAnchorSchema, readChartAnchor } from './chart-view-anchor.ts';
import { chartViewDateSchema, readChartWindow } from './chart-view-window.ts';
import {
  DEFAULT_CHART_SERIES,
  chartViewBreakdownSchema,
  chartViewSeriesSchema,
  readBreakdownList,
  readSeriesList,
  seriesParam,
  shown,
} from './chart-view-series.ts';
import type { ChartViewSeriesParam } from './chart-view-series.ts';
import { intervalSchema } from './openpanel-common.ts';
import type { Interval } from './openpanel-common.ts';

/**
 * The Charts page's whole state, as its URL carries it. The URL is a public contract: keys are short, never
 * renamed (only added), and `v` names the version of their meaning.
 *
 * TanStack Router JSON-encodes non-string values in the search string, so a link reads (decoded) like
 *
 *   /p/demo/charts?v=1&series=[{"name":"signup","segment":"user"},"screen_view"]&breakdowns=["country"]
 *     &range=7d&interval=hour&compare=true&type=bar&metric=max&limit=5&offset=5
 *     &hidden=["screenview-b-screenview-se"]&ref=3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b
 *
 * and the default view is the bare `/p/demo/charts`: every key equal to its default is left out, and `v` is
 * written only when something else is. Explicit days `from=2024-04-01&to=2024-04-30` (inclusive, in the
 * organization's zone) override `range`. A missing `interval` means the window's default (§5.3 UI table).
 * `anchor=<idA>` ("since reference A") or `anchor=<idA>..<idB>` ("from A to B") sets the window by
 * reference id and overrides both (chart-view-anchor.ts). It was added within v1: a key that older pages
 * did not know (they ignore it with a notice) does not change the meaning of any other key.
 */

export const CHART_VIEW_STATE_VERSION = 1;
export const CHART_MAX_LIMIT = 100;
export const CHART_MAX_HIDDEN = 100;
export const CHART_MAX_OFFSET = 10_000;

export const chartTypeSchema = z.enum(['line', 'bar', 'area', 'metric']);
export type ChartType = z.infer<typeof chartTypeSchema>;

export const chartSummaryMetricSchema = z.enum(['sum', 'average', 'min', 'max']);
export type ChartSummaryMetric = z.infer<typeof chartSummaryMetricSchema>;

export const chartViewStateSchema = z.object({
  v: z._default(z.literal(CHART_VIEW_STATE_VERSION), CHART_VIEW_STATE_VERSION),
  series: z._default(
    z.array(chartViewSeriesSchema).check(z.minLength(1), z.maxLength(10)),
    DEFAULT_CHART_SERIES,
  ),
  breakdowns: z._default(z.array(chartViewBreakdownSchema).check(z.maxLength(5)), []),
  range: z._default(bffRangeSchema, '30d'),
  from: z.optional(chartViewDateSchema),
  to: z.optional(chartViewDateSchema),
  /** Absent: the window's default interval (`sensibleIntervals`). */
  interval: z.optional(intervalSchema),
  compare: z._default(z.boolean(), false),
  type: z._default(chartTypeSchema, 'line'),
  metric: z._default(chartSummaryMetricSchema, 'sum'),
  limit: z._default(z.int().check(z.gte(1), z.lte(CHART_MAX_LIMIT)), 10),
  offset: z._default(z.int().check(z.gte(0), z.lte(CHART_MAX_OFFSET)), 0),
  /** Upstream series ids (§5.6) hidden through the legend. */
  hidden: z._default(
    z.array(z.string().check(z.minLength(1))).check(z.maxLength(CHART_MAX_HIDDEN)),
    [],
  ),
  /** The selected reference's id. */
  ref: z.optional(referenceIdSchema),
  /** A window anchored on references, by id (resolved to days where the references are known). */
  anchor: z.optional(chartViewAnchorSchema),
});
export type ChartViewState = z.infer<typeof chartViewStateSchema>;

export const DEFAULT_CHART_VIEW_STATE: ChartViewState = chartViewStateSchema.parse({});

/** The search object a state is written as; every key is optional because defaults are left out. */
export type ChartViewSearch = {
  v?: number;
  series?: ChartViewSeriesParam[];
  breakdowns?: string[];
  range?: BffRange;
  from?: string;
  to?: string;
  interval?: Interval;
  compare?: boolean;
  type?: ChartType;
  metric?: ChartSummaryMetric;
  limit?: number;
  offset?: number;
  hidden?: string[];
  ref?: string;
  anchor?: string;
};

const KEYS = new Set(Object.keys(chartViewStateSchema.shape));

/** Structured values arrive parsed (TanStack Router) or as JSON text (a pasted or server-side query string). */
function fromJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** A whole number from a number or from digits (TanStack turns `limit=5` into 5, a raw query leaves "5"). */
function wholeNumber(value: unknown): number | null {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

function boolean(value: unknown): boolean | null {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return null;
}

/**
 * Reads a (possibly hand-edited or stale) link into a complete state. Never throws and never blanks the
 * page: every part that cannot be read falls back to its default, and a notice says what was ignored.
 */
export function parseChartViewState(search: unknown): { state: ChartViewState; notices: string[] } {
  const raw: Record<string, unknown> =
    typeof search === 'object' && search !== null ? (search as Record<string, unknown>) : {};
  const notices: string[] = [];
  // A fresh copy: callers may treat the state as theirs, and the default must never change under them.
  const state: ChartViewState = structuredClone(DEFAULT_CHART_VIEW_STATE);
  const given = (key: string) => raw[key] !== undefined;

  if (given('v')) {
    const v = wholeNumber(raw.v);
    if (v !== null && v > CHART_VIEW_STATE_VERSION) {
      notices.push(
        `This link was made by a newer version of this page (v${v}); parts of it may be ignored`,
      );
    } else if (v !== CHART_VIEW_STATE_VERSION) {
      notices.push(`Ignored version “${shown(raw.v)}”`);
    }
  }
  if (given('series')) state.series = readSeriesList(fromJson(raw.series), notices);
  if (given('breakdowns')) state.breakdowns = readBreakdownList(fromJson(raw.breakdowns), notices);
  if (given('range')) {
    const range = bffRangeSchema.safeParse(raw.range);
    if (range.success) state.range = range.data;
    else
      notices.push(
        `Ignored unknown range “${shown(raw.range)}”; showing ${chartRangeLabel(state.range)}`,
      );
  }
  if (given('anchor')) {
    const anchor = readChartAnchor(raw.anchor, notices);
    if (anchor !== undefined) state.anchor = anchor;
  }
  Object.assign(state, readChartWindow(raw, state.range, notices, state.anchor !== undefined));
  if (given('compare')) {
    const compare = boolean(raw.compare);
    if (compare !== null) state.compare = compare;
    else notices.push(`Ignored compare “${shown(raw.compare)}” (expected true or false)`);
  }
  if (given('type')) {
    const type = chartTypeSchema.safeParse(raw.type);
    if (type.success) state.type = type.data;
    else notices.push(`Ignored unknown chart type “${shown(raw.type)}”; showing a line chart`);
  }
  if (given('metric')) {
    const metric = chartSummaryMetricSchema.safeParse(raw.metric);
    if (metric.success) state.metric = metric.data;
    else notices.push(`Ignored unknown summary metric “${shown(raw.metric)}”; showing the sum`);
  }
  if (given('limit')) {
    const limit = wholeNumber(raw.limit);
    if (limit !== null && limit >= 1 && limit <= CHART_MAX_LIMIT) state.limit = limit;
    else {
      notices.push(
        `Ignored limit “${shown(raw.limit)}” (a whole number from 1 to ${CHART_MAX_LIMIT}); showing the top ${state.limit} series`,
      );
    }
  }
  if (given('offset')) {
    const offset = wholeNumber(raw.offset);
    if (offset !== null && offset >= 0 && offset <= CHART_MAX_OFFSET) state.offset = offset;
    else
      notices.push(
        `Ignored offset “${shown(raw.offset)}” (a whole number from 0 to ${CHART_MAX_OFFSET}); starting at the first series`,
      );
  }
  if (given('hidden')) state.hidden = readHidden(fromJson(raw.hidden), notices);
  if (given('ref')) {
    const ref = referenceIdSchema.safeParse(raw.ref);
    if (ref.success) state.ref = ref.data;
    else notices.push(`Ignored reference “${shown(raw.ref)}” (not a reference id)`);
  }
  for (const key of Object.keys(raw)) {
    if (!KEYS.has(key)) notices.push(`Ignored unknown parameter “${key}”`);
  }
  return { state, notices };
}

function readHidden(value: unknown, notices: string[]): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) {
    notices.push(`Ignored hidden “${shown(value)}” (expected a list of series ids)`);
    return [];
  }
  const ids = list.filter((id): id is string => typeof id === 'string' && id.length > 0);
  if (ids.length < list.length) notices.push('Ignored hidden entries that are not series ids');
  // Duplicates would make a legend toggle look broken (one click un-hides one copy); keep each id once.
  return [...new Set(ids)].slice(0, CHART_MAX_HIDDEN);
}

/** The shortest search object that parses back to `state`: defaults are left out (see the example above). */
export function serializeChartViewState(state: ChartViewState): ChartViewSearch {
  const d = DEFAULT_CHART_VIEW_STATE;
  const out: ChartViewSearch = {};
  const series = state.series.map(seriesParam);
  if (JSON.stringify(series) !== JSON.stringify(d.series.map(seriesParam))) out.series = series;
  if (state.breakdowns.length > 0) out.breakdowns = state.breakdowns.map((b) => b.name);
  if (state.range !== d.range) out.range = state.range;
  if (state.anchor !== undefined) {
    // The anchor sets the window; days a resolved state carries are derived, never written.
    out.anchor = anchorParam(state.anchor);
  } else if (state.from !== undefined && state.to !== undefined) {
    out.from = state.from;
    out.to = state.to;
  }
  if (state.interval !== undefined) out.interval = state.interval;
  if (state.compare !== d.compare) out.compare = state.compare;
  if (state.type !== d.type) out.type = state.type;
  if (state.metric !== d.metric) out.metric = state.metric;
  if (state.limit !== d.limit) out.limit = state.limit;
  if (state.offset !== d.offset) out.offset = state.offset;
  if (state.hidden.length > 0) out.hidden = [...state.hidden];
  if (state.ref !== undefined) out.ref = state.ref;
  // The version travels with every non-default link so a later reader knows which meaning it was written in.
  return Object.keys(out).length > 0 ? { v: CHART_VIEW_STATE_VERSION, ...out } : out;
}
