/**
 * Adapts the model modules (model/chart-rows.ts, model/series-summary.ts) to what the page draws: rows,
 * series with their colors, and summary cards.
 */
import type { ChartsResponse } from '../../../contract/openpanel-charts.ts';
import type { Interval } from '../../../contract/openpanel-common.ts';
import type { SummaryCard, SummaryMetric } from './components/summary-cards.tsx';
import type { TrendRow } from './components/trend-chart.tsx';
import { seriesColor } from './components/series-colors.ts';
import { chartRows } from './model/chart-rows.ts';
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
  rows: TrendRow[];
  cards: SummaryCard[];
}

const METRICS: SummaryMetric[] = ['sum', 'average', 'min', 'max'];

export function chartPanelData(
  response: ChartsResponse,
  options: { interval: Interval; limit: number; offset: number; hidden: readonly string[] },
): ChartPanelData {
  const shaped = chartRows(response.series, options);
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
  return { total: shaped.total, hasMore: shaped.hasMore, series, rows: shaped.rows, cards };
}
