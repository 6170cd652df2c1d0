import type { ChartBreakdown, ChartSeriesItem } from '../../contract/openpanel-charts.ts';
import type { Interval } from '../../contract/openpanel-common.ts';
import { eventColumnSql, type ColumnSql } from '../query/event-columns.ts';
import { filtersToSql } from '../query/filter-sql.ts';
import { SqlParams } from '../query/sql-params.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import type { RangeWindow } from '../time/range-window.ts';
import { localTimeSql, wallClockToInstant } from '../time/zone-offsets.ts';
import { bucketDateString, bucketSql } from './chart-buckets.ts';
import { segmentAggregateSql } from './segment-aggregate.ts';

export type ChartLabel = string | number | null;

/** One row of the server's chart query, before grouping (label_0 is the event name, §5.5). */
export interface SeriesRow {
  date: string;
  labels: ChartLabel[];
  count: number | null;
  /** Distinct profiles over the whole window for this row's label tuple; undefined for one_event_per_user. */
  totalCount: number | undefined;
}

export interface SeriesQuery {
  projectId: string;
  tz: string;
  window: RangeWindow;
  interval: Interval;
  series: ChartSeriesItem;
  breakdowns: ChartBreakdown[];
}

// The bare utm names are rewritten to `properties.__query.utm_*` by the server (§5.5).
const UTM_NAMES = new Set(['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content']);

/**
 * §5.4: one_event_per_user wraps the filtered events in a subquery, and the outer query still refers to
 * the `e` alias and the joins (property, profile and group breakdowns), which ClickHouse rejects: a 500.
 */
function breaksOneEventPerUser(name: string): boolean {
  return (
    name.startsWith('properties.') ||
    name.startsWith('profile.') ||
    name.startsWith('group.') ||
    UTM_NAMES.has(name)
  );
}

/** Unknown breakdown names are silently dropped (§5.5); what remains shifts left. */
function resolvedBreakdowns(breakdowns: ChartBreakdown[]): ColumnSql[] {
  return breakdowns.flatMap((b) => {
    const column = eventColumnSql(b.name, 'breakdown');
    return column ? [column] : [];
  });
}

const labelSql = (column: ColumnSql) =>
  column.numeric ? `CAST(${column.sql} AS DOUBLE)` : `CAST(${column.sql} AS VARCHAR)`;

const toNumber = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/**
 * Runs the chart query of one series definition over one window: rows per (bucket, label tuple) with the
 * segment's value, plus the exact distinct-profile count per label tuple over the whole window (the
 * server's `uniq` total_count, §5.6 [CH]), in ONE scan with grouping sets.
 */
export async function runSeriesQuery(db: EmulatorDb, query: SeriesQuery): Promise<SeriesRow[]> {
  const { series, tz, window } = query;
  const params = new SqlParams();
  const fromUtc = wallClockToInstant(window.start, tz);
  const toUtc = wallClockToInstant(window.end, tz);
  const breakdowns = resolvedBreakdowns(query.breakdowns);
  const oneEventPerUser = series.segment === 'one_event_per_user';
  if (oneEventPerUser && query.breakdowns.some((b) => breaksOneEventPerUser(b.name))) {
    throw new Error(
      'one_event_per_user cannot be broken down by a property, profile or group path',
    );
  }

  const filters = filtersToSql(series.filters, params);
  const aggregate = segmentAggregateSql(series);
  const needsProfileJoin =
    filters.needsProfileJoin ||
    breakdowns.some((b) => b.needsProfileJoin) ||
    aggregate.needsProfileJoin;

  const where = [
    `e.project_id = ${params.add(query.projectId)}`,
    // §5.2: both ends inclusive, boundaries read in the organization's zone.
    `e.created_at >= ${params.add(fromUtc)}`,
    `e.created_at <= ${params.add(toUtc)}`,
    filters.sql,
  ];
  if (series.name !== '*') where.push(`e.name = ${params.add(series.name)}`);
  if (aggregate.where) where.push(aggregate.where);

  // The server ARRAY JOINs `groups` for the group segment and for any group.* name, so events without
  // groups drop out (§5.4) — which can empty a breakdown query and trigger the §5.5 fallback.
  const expandGroups =
    series.segment === 'group' ||
    series.property?.startsWith('group.') === true ||
    [...series.filters, ...query.breakdowns].some((f) => f.name.startsWith('group.'));
  const source = expandGroups
    ? `(SELECT *, unnest(groups) AS _group_id FROM events WHERE project_id = ${params.add(query.projectId)}) e`
    : 'events e';
  const join = needsProfileJoin
    ? 'LEFT JOIN profiles pr ON pr.project_id = e.project_id AND pr.id = e.profile_id'
    : '';
  const bucket = bucketSql(query.interval, localTimeSql('e.created_at', tz, fromUtc, toUtc));
  const labelColumns = breakdowns.map((_, i) => `label_${i + 1}`);
  const labelSelect = breakdowns.map((b, i) => `, ${labelSql(b)} AS label_${i + 1}`).join('');
  const labelList = labelColumns.map((l) => `, ${l}`).join('');

  let sql: string;
  if (oneEventPerUser) {
    // Each profile is kept once, through its most recent matching event (§5.4); no total count.
    sql = `WITH picked AS (
        SELECT DISTINCT ON (e.profile_id) ${bucket} AS bucket${labelSelect}
        FROM ${source} ${join} WHERE ${where.join(' AND ')}
        ORDER BY e.profile_id, e.created_at DESC
      )
      SELECT bucket${labelList}, CAST(count(*) AS DOUBLE) AS count, NULL AS total_count, 0 AS is_total
      FROM picked GROUP BY ALL`;
  } else {
    sql = `WITH matched AS (
        SELECT ${bucket} AS bucket${labelSelect}, ${aggregate.columns} FROM ${source} ${join}
        WHERE ${where.join(' AND ')}
      )
      SELECT bucket${labelList}, CAST(${aggregate.sql} AS DOUBLE) AS count,
        count(DISTINCT _pid) AS total_count, GROUPING(bucket) AS is_total
      FROM matched
      GROUP BY GROUPING SETS ((bucket${labelList}), (${labelColumns.join(', ')}))`;
  }

  const rows = await db.all<Record<string, unknown>>(sql, params.values);
  return assembleRows(rows, labelColumns, series.name, query.interval);
}

/**
 * Attaches each label tuple's window-wide total to its bucket rows and orders them by date, then label
 * tuple, which makes the otherwise unspecified order of groups within one date deterministic.
 */
function assembleRows(
  rows: Record<string, unknown>[],
  labelColumns: string[],
  eventName: string,
  interval: Interval,
): SeriesRow[] {
  const keyOf = (row: Record<string, unknown>) =>
    JSON.stringify(labelColumns.map((l) => row[l] ?? null));
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (Number(row.is_total) === 1) totals.set(keyOf(row), Number(row.total_count));
  }
  const result: SeriesRow[] = rows
    .filter((row) => Number(row.is_total) !== 1)
    .map((row) => ({
      date: bucketDateString(interval, row.bucket as Date),
      labels: [eventName, ...labelColumns.map((l) => row[l] as ChartLabel)],
      count: toNumber(row.count),
      totalCount: row.total_count === null ? undefined : totals.get(keyOf(row)),
    }));
  const tuple = (r: SeriesRow) => JSON.stringify(r.labels);
  return result.sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : tuple(a) < tuple(b)
          ? -1
          : tuple(a) > tuple(b)
            ? 1
            : 0,
  );
}
