/**
 * Adapts the model modules (model/chart-rows.ts, model/series-summary.ts, model/bucket-columns.ts) to what
 * the page draws: series with their colors, summary cards, the buckets as columns, and rows on demand.
 */
import type { ChartSeries, ChartsResponse } from '../../../contract/openpanel-charts.ts';
import type { Interval } from '../../../contract/openpanel-common.ts';
import type { SummaryCard, SummaryMetric } from './components/summary-cards.tsx';
import type { TrendRow } from './components/trend-chart.tsx';
import { seriesColor } from './components/series-colors.ts';
import { bucketColumns } from './model/bucket-columns.ts';
import type { BucketColumns } from './model/bucket-columns.ts';
import { chartRows } from './model/chart-rows.ts';
import type { ChartRowsOptions } from './model/chart-rows.ts';
import { seriesSummary } from './model/series-summary.ts';

export interface PanelSeries {
  key: string;
  label: string;
  color: string;
  hidden: boolean;
}

export interface ChartPanelData {
  /** All series the answer has (sorted by sum, as the upstream sends them). */
  total: number;
  hasMore: boolean;
  series: PanelSeries[];
  cards: SummaryCard[];
  /** The shown series' values per bucket, for choosing what to draw before any row exists. */
  columns: BucketColumns;
  /**
   * Rows for only the buckets at `indices` (ascending, into `columns.dates`; all buckets without): a
   * 12-month hourly chart would be 8,760 objects of 30+ keys, while ~1 per pixel column is drawn
   * (issue 4 §3). The CSV asks for all.
   */
  rowsFor: (indices?: readonly number[]) => TrendRow[];
}

const METRICS: SummaryMetric[] = ['sum', 'average', 'min', 'max'];

export function chartPanelData(
  response: ChartsResponse,
  options: { interval: Interval; limit: number; offset: number; hidden: readonly string[] },
): ChartPanelData {
  const start = Math.max(0, options.offset);
  const isShown = (index: number) => index >= start && index < start + options.limit;
  // Names, colors and paging come from chart-rows.ts; without points, that costs nothing per bucket.
  const shaped = chartRows(
    response.series.map((s) => ({ ...s, data: [] })),
    options satisfies ChartRowsOptions,
  );
  const byId = new Map(response.series.map((s) => [s.id, s]));
  const series = shaped.series.map((meta) => ({
    key: meta.id,
    label: meta.label,
    color: seriesColor(meta.colorIndex),
    hidden: meta.hidden,
  }));
  const cards = series.flatMap((s): SummaryCard[] => {
    const upstream = byId.get(s.key);
    if (!upstream) return [];
    const { figures } = seriesSummary(upstream);
    const compared = METRICS.some((m) => figures[m].change !== undefined);
    return [
      {
        ...s,
        values: Object.fromEntries(
          METRICS.map((m) => [m, figures[m].value]),
        ) as SummaryCard['values'],
        // Signed changes (series-summary.ts): the upstream's own `diff` is always ≥ 0 (§5.7).
        changes: compared
          ? Object.fromEntries(METRICS.map((m) => [m, figures[m].change ?? null]))
          : undefined,
      },
    ];
  });
  const columns = bucketColumns(response.series.filter((_, i) => isShown(i)));
  const pick = (data: ChartSeries['data'], indices: readonly number[]) => {
    // Aligned series hold bucket i at data[i]; otherwise match by date (§5.3: dates can differ).
    if (columns.aligned) return indices.map((i) => data[i]!);
    const dates = new Set(indices.map((i) => columns.dates[i]));
    return data.filter((point) => dates.has(point.date));
  };
  const rowsFor = (indices?: readonly number[]) =>
    chartRows(
      indices
        ? response.series.map((s, i) => (isShown(i) ? { ...s, data: pick(s.data, indices) } : s))
        : response.series,
      options,
    ).rows;
  return {
    total: shaped.total,
    hasMore: shaped.hasMore,
    series,
    cards,
    columns,
    rowsFor,
  };
}
