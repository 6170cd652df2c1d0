import type {
  ChartSeries,
  ChartSeriesMetrics,
  ChartsResponse,
} from '../../contract/openpanel-charts.ts';
import { openpanelSlug } from '../text/openpanel-slug.ts';
import type { GroupedSeries } from './group-by-labels.ts';
import { previousMetric } from './previous-metric.ts';
import { seriesStats } from './series-stats.ts';

/** A normalized series definition: the server gives each an id `A`, `B`, … by position. */
export interface ChartDefinition {
  id: string;
  name: string;
}

/** One concrete series (a definition × one breakdown value combination). */
export interface ConcreteSeries extends GroupedSeries {
  definitionIndex: number;
  breakdowns: Record<string, string | number> | undefined;
}

/** The server's `total_count` of a series: the first truthy one (filled points carry 0). */
const totalCount = (series: ConcreteSeries) => series.data.find((p) => !!p.totalCount)?.totalCount;

const sameBreakdown = (a: ConcreteSeries, b: ConcreteSeries) =>
  a.definitionIndex === b.definitionIndex &&
  a.name.slice(1).join(':::') === b.name.slice(1).join(':::');

/**
 * The response of shared/openpanel-api.md §5.6/§5.7: ids, `(A) ` prefixes when there are ≥ 2
 * definitions, metrics (average skips zeros), previous values matched by definition + breakdown values and
 * then by INDEX, series sorted by sum (stable), and top-level metrics over every point of every series.
 */
export function formatChart(
  definitions: ChartDefinition[],
  current: ConcreteSeries[],
  previous: ConcreteSeries[] | null,
): ChartsResponse {
  const withAlphaIds = definitions.length > 1;
  const series: ChartSeries[] = current.map((cs) => {
    const definition = definitions[cs.definitionIndex]!;
    const names = withAlphaIds
      ? [`(${definition.id}) ${cs.name[0]}`, ...cs.name.slice(1)]
      : [...cs.name];
    const counts = cs.data.map((p) => p.count);
    const count = totalCount(cs);
    const metrics: ChartSeriesMetrics = { ...seriesStats(counts), count };
    const prev = previous?.find((ps) => sameBreakdown(ps, cs));
    if (prev) {
      const before = seriesStats(prev.data.map((p) => p.count));
      metrics.previous = {
        sum: previousMetric(metrics.sum, before.sum)!,
        average: previousMetric(metrics.average, before.average)!,
        min: previousMetric(metrics.min, before.min)!,
        max: previousMetric(metrics.max, before.max)!,
        count: previousMetric(count ?? 0, totalCount(prev) ?? null),
      };
    }
    const placeholderId = `${openpanelSlug(definition.name)}-${definition.id}`;
    return {
      id: openpanelSlug(`${placeholderId}-${cs.name.join('-')}`),
      names,
      event: { id: definition.id, name: definition.name, breakdowns: cs.breakdowns },
      metrics,
      data: cs.data.map((point, index) => {
        const before = prev?.data[index];
        return {
          date: point.date,
          count: point.count,
          previous: before ? previousMetric(point.count, before.count) : undefined,
        };
      }),
    };
  });

  series.sort((a, b) => b.metrics.sum - a.metrics.sum);
  const all = seriesStats(current.flatMap((cs) => cs.data.map((p) => p.count)));
  return { series, metrics: all };
}
