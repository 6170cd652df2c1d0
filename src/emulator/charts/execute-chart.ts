import type {
  ChartBreakdown,
  ChartSeriesItem,
  ChartsQuery,
  ChartsResponse,
} from '../../contract/openpanel-charts.ts';
import type { Interval } from '../../contract/openpanel-common.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import type { RangeWindow } from '../time/range-window.ts';
import { filledBucketDates } from './chart-buckets.ts';
import { previousChartWindow, resolveChartWindow } from './chart-window.ts';
import { formatChart, type ChartDefinition, type ConcreteSeries } from './format-chart.ts';
import { groupByLabels } from './group-by-labels.ts';
import { runSeriesQuery } from './series-query.ts';

export interface ChartRequest {
  query: ChartsQuery;
  projectId: string;
  /** The organization's zone (§1.4). */
  tz: string;
  now: Date;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

type Definition = ChartSeriesItem & ChartDefinition;

interface PeriodInput {
  db: EmulatorDb;
  projectId: string;
  tz: string;
  interval: Interval;
  breakdowns: ChartBreakdown[];
  window: RangeWindow;
}

/** Runs every definition over one window and expands it into concrete series (§5.3, §5.5). */
async function fetchPeriod(
  input: PeriodInput,
  definitions: Definition[],
): Promise<ConcreteSeries[]> {
  const filled = filledBucketDates(input.window, input.interval, input.tz);
  const out: ConcreteSeries[] = [];
  for (const [definitionIndex, series] of definitions.entries()) {
    const base = {
      projectId: input.projectId,
      tz: input.tz,
      window: input.window,
      interval: input.interval,
      series,
    };
    let breakdowns = input.breakdowns;
    let rows = await runSeriesQuery(input.db, { ...base, breakdowns });
    // The server retries without breakdowns when its query returned no rows at all — filled rows count
    // as rows there, so this only happens when nothing was filled either (§5.5).
    if (rows.length === 0 && filled.length === 0 && breakdowns.length > 0) {
      breakdowns = [];
      rows = await runSeriesQuery(input.db, { ...base, breakdowns });
    }
    for (const group of groupByLabels(rows, filled)) {
      out.push({
        ...group,
        definitionIndex,
        breakdowns: breakdownsOf(input.breakdowns, group.name),
      });
    }
  }
  return out;
}

/**
 * `event.breakdowns` pairs the breakdown names AS SENT (unknown ones included) with the remaining label
 * values by position, so an empty value or a dropped name shifts values under the wrong key (§5.5).
 */
function breakdownsOf(breakdowns: ChartBreakdown[], name: (string | number)[]) {
  if (breakdowns.length === 0 || name.length <= 1) return undefined;
  const result: Record<string, string | number> = {};
  breakdowns.forEach((breakdown, index) => {
    const value = name[index + 1];
    if (value) result[breakdown.name] = value;
  });
  return result;
}

/**
 * `GET /export/charts` (shared/openpanel-api.md §5): always the time-series engine with chartType
 * `linear` and metric `sum` (§5.8). `series` wins over its deprecated alias `events`; with neither the
 * answer is an empty chart with zero metrics.
 */
export async function executeChart(db: EmulatorDb, request: ChartRequest): Promise<ChartsResponse> {
  const { query, tz } = request;
  const definitions: Definition[] = (query.series ?? query.events ?? []).map((item, index) => ({
    ...item,
    // The engine names a nameless definition `unknown_event` and queries that name.
    name: item.name || 'unknown_event',
    id: ALPHABET[index] ?? `series-${index}`,
  }));
  const window = resolveChartWindow(query, tz, request.now);
  const period = {
    db,
    projectId: request.projectId,
    tz,
    interval: query.interval,
    breakdowns: query.breakdowns,
  };
  const current = await fetchPeriod({ ...period, window }, definitions);
  const previous = query.previous
    ? await fetchPeriod({ ...period, window: previousChartWindow(window) }, definitions)
    : null;
  return formatChart(definitions, current, previous);
}
