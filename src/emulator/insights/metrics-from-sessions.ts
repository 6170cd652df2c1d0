import type { Filter } from '../../contract/openpanel-common.ts';
import type {
  InsightsMetricsSeriesRow,
  InsightsMetricsTotals,
} from '../../contract/openpanel-insights-metrics.ts';
import { filtersToSql } from '../query/filter-sql.ts';
import { SqlParams } from '../query/sql-params.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import { localTimeSql } from '../time/zone-offsets.ts';
import { bucketLabel, fillBuckets, metricsBucketSql } from './metrics-buckets.ts';
import type { MetricsRevenue } from './metrics-revenue.ts';
import { roundClickHouse2 } from './metrics-rounding.ts';
import { metricsSessionsCte } from './metrics-sessions-sql.ts';
import type { MetricsWindow } from './metrics-window.ts';

interface SessionAggregate {
  bucket: string | null;
  sessions: bigint | number;
  bounces: bigint | number;
  visitors: bigint | number;
  avg_ms: number | null;
  views: bigint | number;
}

type SessionMetrics = Omit<InsightsMetricsSeriesRow, 'date' | 'total_revenue'>;

/** One row's metrics, with the server's SQL arithmetic (`round(x, 2)` as ClickHouse does it). */
function toMetrics(row: SessionAggregate): SessionMetrics {
  const sessions = Number(row.sessions);
  const views = Number(row.views);
  // `round(avgIf(duration, duration > 0), 2) / 1000`: rounded in ms, then seconds; NaN (no duration)
  // reaches JSON as null [CH], and `avg_session_duration` turns it into 0.
  const avg = row.avg_ms === null ? null : roundClickHouse2(row.avg_ms) / 1000;
  return {
    bounce_rate: roundClickHouse2((Number(row.bounces) * 100) / sessions),
    unique_visitors: Number(row.visitors),
    total_sessions: sessions,
    _avg_session_duration: avg,
    avg_session_duration: avg ?? 0,
    total_screen_views: views,
    views_per_session: roundClickHouse2(views / sessions),
  };
}

const EMPTY: SessionMetrics = {
  bounce_rate: 0,
  unique_visitors: 0,
  total_sessions: 0,
  _avg_session_duration: 0,
  avg_session_duration: 0,
  total_screen_views: 0,
  views_per_session: 0,
};

/**
 * The default §9.6 computation (no filter named `path`): sessions by their start time, per bucket plus a
 * ROLLUP total, gaps filled with zero rows, revenue merged in by bucket.
 */
export async function metricsFromSessions(
  db: EmulatorDb,
  projectId: string,
  tz: string,
  window: MetricsWindow,
  filters: Filter[],
  revenue: MetricsRevenue,
): Promise<{ metrics: InsightsMetricsTotals; series: InsightsMetricsSeriesRow[] }> {
  const params = new SqlParams();
  const cte = metricsSessionsCte(params, projectId, window.startUtc, window.endUtc);
  const from = params.add(window.startUtc);
  const to = params.add(window.endUtc);
  const where = filtersToSql(filters, params);
  const local = localTimeSql('e.created_at', tz, window.startUtc, window.endUtc);
  const rows = await db.all<SessionAggregate>(
    `WITH ${cte}
     SELECT bucket, count(*) AS sessions,
       count(*) FILTER (WHERE screen_view_count <= 1) AS bounces,
       count(DISTINCT profile_id) AS visitors,
       avg(duration) FILTER (WHERE duration > 0) AS avg_ms,
       coalesce(sum(screen_view_count), 0) AS views
     FROM (
       SELECT e.*, ${metricsBucketSql(local, window.interval)} AS bucket
       FROM sessions e
       WHERE e.created_at BETWEEN ${from} AND ${to} AND ${where.sql}
     )
     GROUP BY ROLLUP (bucket)`,
    params.values,
  );

  const byBucket = new Map<string, SessionMetrics>();
  let totals: SessionMetrics | undefined;
  for (const row of rows) {
    // `HAVING sum(sign) > 0`: with no sessions there is no ROLLUP row at all [CH].
    if (Number(row.sessions) <= 0) continue;
    if (row.bucket === null) totals = toMetrics(row);
    else byBucket.set(row.bucket, toMetrics(row));
  }

  const buckets = [
    ...new Set([...fillBuckets(window.start, window.end, window.interval), ...byBucket.keys()]),
  ].sort();
  const rowsWithRevenue = buckets.map((bucket): InsightsMetricsSeriesRow => ({
    date: bucketLabel(bucket),
    ...(byBucket.get(bucket) ?? EMPTY),
    total_revenue: revenue.byBucket.get(bucket) ?? 0,
  }));

  // The rollup quirk (§9.6): upstream always slices the first row off as "the rollup row". Without
  // sessions there is none, so the first filled bucket is taken as the totals and dropped from the series.
  const first = totals ?? rowsWithRevenue[0];
  const series = totals ? rowsWithRevenue : rowsWithRevenue.slice(1);
  return {
    metrics: {
      bounce_rate: first?.bounce_rate ?? 0,
      unique_visitors: first?.unique_visitors ?? 0,
      total_sessions: first?.total_sessions ?? 0,
      avg_session_duration: first?.avg_session_duration ?? 0,
      total_screen_views: first?.total_screen_views ?? 0,
      views_per_session: first?.views_per_session ?? 0,
      total_revenue: revenue.total,
    },
    series,
  };
}
