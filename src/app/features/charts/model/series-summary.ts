import type { ChartSeries } from '../../../../contract/openpanel-charts.ts';
import type { ChartSummaryMetric } from '../../../../contract/chart-view-state.ts';
import { previousChange } from './previous-change.ts';

export interface SummaryFigure {
  value: number;
  /** The previous period's value, when the upstream compared (§5.6: `metrics.previous`). */
  previous?: number;
  /** Signed % change against `previous`; null when the previous value is 0. */
  change?: number | null;
}

export interface SeriesSummary {
  id: string;
  figures: Record<ChartSummaryMetric, SummaryFigure>;
  /** Distinct profiles over the whole range (`metrics.count`); missing when the upstream leaves it out. */
  profiles?: SummaryFigure;
}

const METRICS: ChartSummaryMetric[] = ['sum', 'average', 'min', 'max'];

function figure(value: number, previous: Parameters<typeof previousChange>[1]): SummaryFigure {
  const compared = previousChange(value, previous);
  return compared ? { value, previous: compared.previous, change: compared.change } : { value };
}

/**
 * The summary card numbers of one series, straight from the upstream's per-series metrics (§5.6: `sum` of
 * the buckets, `average` over the NON-ZERO buckets only, `min`/`max` over all of them), each with its
 * signed change from the previous period. The upstream's own `diff` is unsigned (§5.7), so it is not used.
 */
export function seriesSummary(series: ChartSeries): SeriesSummary {
  const { metrics } = series;
  const figures = Object.fromEntries(
    METRICS.map((metric) => [metric, figure(metrics[metric], metrics.previous?.[metric])]),
  ) as Record<ChartSummaryMetric, SummaryFigure>;
  const summary: SeriesSummary = { id: series.id, figures };
  if (metrics.count !== undefined)
    summary.profiles = figure(metrics.count, metrics.previous?.count);
  return summary;
}
