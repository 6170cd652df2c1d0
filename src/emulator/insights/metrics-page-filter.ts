import type { Filter } from '../../contract/openpanel-common.ts';
import type {
  InsightsMetricsPageSeriesRow,
  InsightsMetricsTotals,
} from '../../contract/openpanel-insights-metrics.ts';
import { filtersToSql } from '../query/filter-sql.ts';
import { SqlParams } from '../query/sql-params.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import { localTimeSql, offsetMinutes } from '../time/zone-offsets.ts';
import { bucketLabel, fillBuckets, metricsBucketSql } from './metrics-buckets.ts';
import type { MetricsRevenue } from './metrics-revenue.ts';
import { roundClickHouse2 } from './metrics-rounding.ts';
import { metricsSessionsCte } from './metrics-sessions-sql.ts';
import type { MetricsWindow } from './metrics-window.ts';

type Num = bigint | number;
interface ViewRow {
  bucket: string;
  visitors: Num;
  sessions: Num;
  views: Num;
  avg_gap_ms: number | null;
}
interface BounceRow {
  bucket: string | null;
  sessions: Num;
  bounces: Num;
}

/** `@openpanel/common` `average`: the mean of the finite non-zero values, 0 when there are none. */
function averageNonZero(values: (number | null)[]): number {
  const kept = values.filter((v): v is number => v !== null && Number.isFinite(v) && v !== 0);
  return kept.length === 0 ? 0 : kept.reduce((a, b) => a + b, 0) / kept.length;
}

/**
 * §9.6 "A filter named `path`": the numbers come from `screen_view` events matching the event-level filters
 * (so `path` is the view's own path), the bounce rate from sessions whose **entry** path matches, and the
 * range-wide values repeat on every bucket with data. No ROLLUP row is cut, so every bucket is kept.
 */
export async function metricsFromPageViews(
  db: EmulatorDb,
  projectId: string,
  tz: string,
  window: MetricsWindow,
  filters: Filter[],
  revenue: MetricsRevenue,
): Promise<{ metrics: InsightsMetricsTotals; series: InsightsMetricsPageSeriesRow[] }> {
  const local = localTimeSql('e.created_at', tz, window.startUtc, window.endUtc);
  const bucket = metricsBucketSql(local, window.interval);

  const viewParams = new SqlParams();
  const project = viewParams.add(projectId);
  const from = viewParams.add(window.startUtc);
  const to = viewParams.add(window.endUtc);
  const viewWhere = filtersToSql(filters, viewParams);
  const views = `SELECT e.*, ${bucket} AS bucket FROM events e
     WHERE e.project_id = ${project} AND e.name = 'screen_view'
       AND e.created_at BETWEEN ${from} AND ${to} AND ${viewWhere.sql}`;
  // Time on page: the gap to the next matching view of the same session (0 for the last one, skipped).
  const viewRows = await db.all<ViewRow>(
    `WITH views AS (${views}),
     gaps AS (
       SELECT *, date_diff('millisecond', created_at,
         lead(created_at, 1, created_at) OVER (PARTITION BY session_id ORDER BY created_at)) AS gap
       FROM views
     )
     SELECT bucket, count(DISTINCT profile_id) AS visitors, count(DISTINCT session_id) AS sessions,
       count(*) AS views, avg(gap) FILTER (WHERE gap > 0) AS avg_gap_ms
     FROM gaps GROUP BY bucket`,
    viewParams.values,
  );
  const [overall] = await db.all<{ visitors: Num; sessions: Num }>(
    `SELECT count(DISTINCT profile_id) AS visitors, count(DISTINCT session_id) AS sessions FROM (${views})`,
    viewParams.values,
  );

  // Sessions carry their entry path in `path`, so the same filters select sessions by entry page.
  const sessionParams = new SqlParams();
  const cte = metricsSessionsCte(sessionParams, projectId, window.startUtc, window.endUtc);
  const sFrom = sessionParams.add(window.startUtc);
  const sTo = sessionParams.add(window.endUtc);
  const sessionWhere = filtersToSql(filters, sessionParams);
  const bounceRows = await db.all<BounceRow>(
    `WITH ${cte}
     SELECT bucket, count(*) AS sessions, count(*) FILTER (WHERE screen_view_count <= 1) AS bounces
     FROM (SELECT e.*, ${bucket} AS bucket FROM sessions e
           WHERE e.created_at BETWEEN ${sFrom} AND ${sTo} AND ${sessionWhere.sql})
     GROUP BY ROLLUP (bucket)`,
    sessionParams.values,
  );
  const bounceRate = (row: BounceRow) =>
    roundClickHouse2((Number(row.bounces) * 100) / Number(row.sessions));
  const bounceByBucket = new Map<string, number>();
  let overallBounce: number | null = null;
  for (const row of bounceRows) {
    if (Number(row.sessions) === 0) continue;
    if (row.bucket !== null) bounceByBucket.set(row.bucket, bounceRate(row));
    else overallBounce = bounceRate(row);
  }
  // [CH] The rollup row is looked up with the literal `1970-01-01 00:00:00` read in tz: in a zone behind
  // UTC at the epoch that is not the rollup's value, so the overall bounce rate is never found. Week and
  // month compare plain Dates, where the zone plays no part.
  const hourly = window.interval === 'hour' || window.interval === 'day';
  if (hourly && offsetMinutes(tz, new Date(0)) < 0) overallBounce = null;

  const byBucket = new Map(viewRows.map((row) => [row.bucket, row]));
  const buckets = [
    ...new Set([...fillBuckets(window.start, window.end, window.interval), ...byBucket.keys()]),
  ].sort();
  const series = buckets.map((b): InsightsMetricsPageSeriesRow => {
    const row = byBucket.get(b);
    const total_revenue = revenue.byBucket.get(b) ?? 0;
    if (!row) {
      // A WITH FILL row: numbers are 0, the Nullable scalar-subquery columns are null.
      return {
        date: bucketLabel(b),
        bounce_rate: 0,
        unique_visitors: 0,
        total_sessions: 0,
        avg_session_duration: 0,
        total_screen_views: 0,
        views_per_session: 0,
        overall_unique_visitors: null,
        overall_total_sessions: null,
        overall_bounce_rate: null,
        total_revenue,
      };
    }
    return {
      date: bucketLabel(b),
      bounce_rate: bounceByBucket.get(b) ?? 0,
      unique_visitors: Number(row.visitors),
      total_sessions: Number(row.sessions),
      // NaN (views but no positive gap) reaches JSON as null [CH].
      avg_session_duration:
        row.avg_gap_ms === null ? null : roundClickHouse2(row.avg_gap_ms) / 1000,
      total_screen_views: Number(row.views),
      views_per_session: roundClickHouse2(Number(row.views) / Number(row.sessions)),
      overall_unique_visitors: Number(overall?.visitors ?? 0),
      overall_total_sessions: Number(overall?.sessions ?? 0),
      overall_bounce_rate: overallBounce,
      total_revenue,
    };
  });

  const withData = series.find((r) => r.overall_unique_visitors !== null);
  const totalViews = series.reduce((a, r) => a + r.total_screen_views, 0);
  return {
    metrics: {
      bounce_rate: withData?.overall_bounce_rate ?? 0,
      unique_visitors: withData?.overall_unique_visitors ?? 0,
      total_sessions: withData?.overall_total_sessions ?? 0,
      avg_session_duration: averageNonZero(series.map((r) => r.avg_session_duration)),
      total_screen_views: totalViews,
      views_per_session: averageNonZero(series.map((r) => r.views_per_session)),
      total_revenue: revenue.total,
    },
    series,
  };
}
