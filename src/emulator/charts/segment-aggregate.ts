import type { ChartSeriesItem } from '../../contract/openpanel-charts.ts';
import { eventColumnSql } from '../query/event-columns.ts';

export interface SegmentAggregate {
  /** Columns the matched-rows CTE selects from `e` (always `_pid`, the profile id, for the total count). */
  columns: string;
  /** The per-bucket value over those columns. */
  sql: string;
  /** Extra row condition (property segments keep only rows where the property is present). */
  where?: string;
  needsProfileJoin: boolean;
}

const MATH: Record<string, string> = {
  property_sum: 'sum',
  property_average: 'avg',
  property_max: 'max',
  property_min: 'min',
};

/** What each segment counts per bucket (shared/openpanel-api.md §5.4). */
export function segmentAggregateSql(series: ChartSeriesItem): SegmentAggregate {
  const pid = 'e.profile_id AS _pid';
  const plain = (sql: string, extra = ''): SegmentAggregate => ({
    columns: `${pid}${extra}`,
    sql,
    needsProfileJoin: false,
  });
  switch (series.segment) {
    case 'user':
      // Anonymous visitors count too: their profile_id is their device id.
      return plain('count(DISTINCT _pid)');
    case 'session':
      return plain('count(DISTINCT _sid)', ', e.session_id AS _sid');
    case 'group':
      return plain('count(DISTINCT _gid)', ', e._group_id AS _gid');
    case 'user_average':
      return plain('count(*)::DOUBLE / count(DISTINCT _pid)::DOUBLE');
    case 'property_sum':
    case 'property_average':
    case 'property_max':
    case 'property_min': {
      // Without a property the server quietly falls back to counting events.
      if (!series.property) return plain('count(*)');
      const column = eventColumnSql(series.property, 'breakdown');
      // The server would inline an unknown identifier and ClickHouse would reject it: a 500.
      if (!column) throw new Error(`Unknown property for ${series.segment}: ${series.property}`);
      const fn = MATH[series.segment]!;
      if (column.numeric) {
        return {
          columns: `${pid}, ${column.sql} AS _val`,
          sql: `${fn}(_val)`,
          where: `${column.sql} IS NOT NULL`,
          needsProfileJoin: column.needsProfileJoin,
        };
      }
      // "to float, else null" over present, non-empty values only; this also lowers metrics.count.
      return {
        columns: `${pid}, TRY_CAST(${column.sql} AS DOUBLE) AS _val`,
        sql: `${fn}(_val)`,
        where: `${column.sql} IS NOT NULL AND ${column.sql} <> ''`,
        needsProfileJoin: column.needsProfileJoin,
      };
    }
    default:
      return plain('count(*)');
  }
}
