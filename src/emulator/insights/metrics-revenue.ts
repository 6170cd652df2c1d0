import type { Filter } from '../../contract/openpanel-common.ts';
import { filtersToSql } from '../query/filter-sql.ts';
import { SqlParams } from '../query/sql-params.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import { localTimeSql } from '../time/zone-offsets.ts';
import { metricsBucketSql } from './metrics-buckets.ts';
import type { MetricsWindow } from './metrics-window.ts';

export interface MetricsRevenue {
  /** The range-wide sum (the ROLLUP row upstream). */
  total: number;
  /** Sum per bucket, keyed by the bucket's wall-clock string. */
  byBucket: Map<string, number>;
}

/**
 * §9.6 `total_revenue`: the sum of `revenue` over events **named `revenue`** with revenue above 0 in the
 * window, after the event-level filters (on events the bare `utm_*` names read `properties.__query.utm_*`,
 * which `filtersToSql` already does). Revenue on other events is not counted.
 */
export async function queryMetricsRevenue(
  db: EmulatorDb,
  projectId: string,
  tz: string,
  window: MetricsWindow,
  filters: Filter[],
): Promise<MetricsRevenue> {
  const params = new SqlParams();
  const project = params.add(projectId);
  const from = params.add(window.startUtc);
  const to = params.add(window.endUtc);
  const where = filtersToSql(filters, params);
  const local = localTimeSql('e.created_at', tz, window.startUtc, window.endUtc);
  const bucket = metricsBucketSql(local, window.interval);
  const rows = await db.all<{ bucket: string | null; total: bigint | number | null }>(
    `SELECT ${bucket} AS bucket, sum(e.revenue) AS total
     FROM events e
     WHERE e.project_id = ${project} AND e.name = 'revenue' AND e.revenue > 0
       AND e.created_at BETWEEN ${from} AND ${to} AND ${where.sql}
     GROUP BY ROLLUP (bucket)`,
    params.values,
  );
  const byBucket = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    const value = Number(row.total ?? 0);
    if (row.bucket === null) total = value;
    else byBucket.set(row.bucket, value);
  }
  return { total, byBucket };
}
