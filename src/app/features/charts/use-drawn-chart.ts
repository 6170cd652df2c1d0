import { useMemo } from 'react';
import type { Reference } from '../../../contract/bff-api.ts';
import type { ChartsResponse } from '../../../contract/openpanel-charts.ts';
import type { Interval } from '../../../contract/openpanel-common.ts';
import { chartPanelData } from './chart-panel-data.ts';
import type { ChartPanelData, PanelSeries } from './chart-panel-data.ts';
import type { TrendRow } from './components/trend-chart.tsx';
import { markerClusters } from './marker-clusters.ts';
import type { MarkerCluster } from './marker-clusters.ts';
import { downsampleIndices } from './model/downsample.ts';
import { referencesInBuckets } from './model/references-in-buckets.ts';

/** Below this many buckets nothing is dropped. */
const MIN_DRAWN = 400;

export interface DrawnChart {
  data: ChartPanelData;
  /** The series not hidden by the legend, in one array per answer (TrendChart is memoised on it). */
  visible: PanelSeries[];
  /** The rows handed to Recharts: about one per pixel column, the min and max of each kept. */
  drawnRows: TrendRow[];
  clusters: MarkerCluster[];
  /** Titles of the references in each bucket (by the bucket's `date`), for the keyboard cursor. */
  referenceTitles: ReadonlyMap<string, string[]>;
}

/**
 * Everything the chart draws, computed once per ANSWER (the query's data object keeps its identity until
 * the next fetch), view options and plot width, not on every render: a 12-month hourly chart is 87,600
 * points, and hover, cursor and popover state re-render the panel many times (issue 4 §3).
 */
export function useDrawnChart(
  response: ChartsResponse | undefined,
  options: {
    interval: Interval;
    limit: number;
    offset: number;
    hidden: readonly string[];
    references: readonly Reference[];
    timeZone: string;
    plotWidth: number;
  },
): DrawnChart | undefined {
  const { interval, limit, offset, references, timeZone, plotWidth } = options;
  // The URL state hands out a new array on every navigation; its content is what matters.
  const hiddenKey = options.hidden.join('\u0000');
  const data = useMemo(
    () =>
      response &&
      chartPanelData(response, {
        interval,
        limit,
        offset,
        hidden: hiddenKey === '' ? [] : hiddenKey.split('\u0000'),
      }),
    [response, interval, limit, offset, hiddenKey],
  );
  const buckets = useMemo(
    () => data && referencesInBuckets(references, data.columns.dates, interval, timeZone),
    [data, references, interval, timeZone],
  );
  return useMemo(() => {
    if (!data || !buckets) return undefined;
    const { dates, values } = data.columns;
    const clusters = markerClusters(buckets, dates, plotWidth);
    // About one drawn point per pixel column: more cannot be seen, and every point costs Recharts time.
    // The buckets are chosen on the columns, so only the kept ones become row objects. Buckets holding a
    // reference marker are always drawn, or the marker would have no x.
    const visible = data.series.filter((s) => !s.hidden);
    const columns = visible.flatMap((s) =>
      [values.get(s.key), values.get(`${s.key}:prev`)].filter((c) => c !== undefined),
    );
    const kept = downsampleIndices(columns, dates.length, Math.max(MIN_DRAWN, plotWidth));
    const markers = clusters.map((c) => dates.indexOf(c.date)).filter((i) => i >= 0);
    const drawnRows = data.rowsFor(
      kept.length === dates.length
        ? undefined
        : [...new Set([...kept, ...markers])].sort((x, y) => x - y),
    );
    const referenceTitles = new Map(buckets.map((b) => [b.date, b.references.map((r) => r.title)]));
    return { data, visible, drawnRows, clusters, referenceTitles };
  }, [data, buckets, plotWidth]);
}
