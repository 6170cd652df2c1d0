import type { Filter } from '../../contract/openpanel-common.ts';
import type { FunnelGroupBy } from '../../contract/openpanel-funnel.ts';
import type { SqlParams } from '../query/sql-params.ts';

export interface FunnelStepInput {
  name: string;
  /** §6 filters on this step's events (the seed's `/export/funnel` only; insights steps have none). */
  filters?: Filter[];
}

/** Builds the SQL of a filter list over `events e` (profiles joined as `pr` when it says so). */
export type FilterSqlBuilder = (
  filters: Filter[],
  params: SqlParams,
) => { sql: string; needsProfileJoin: boolean };

export interface FunnelUsersInput {
  projectId: string;
  /** Inclusive bounds as UTC instants (`created_at BETWEEN start AND end`, §7.2). */
  startUtc: Date;
  endUtc: Date;
  steps: FunnelStepInput[];
  windowHours: number;
  groupBy: FunnelGroupBy;
  filterSql?: FilterSqlBuilder;
}

/**
 * The SELECT behind the server's `session_funnel` CTE (§7.2): the project's events between the inclusive
 * bounds whose name is one of the steps, as rows `(g, ts, mask)` — the group key (session_id or profile_id;
 * every empty id is ONE group, exactly like ClickHouse's GROUP BY), the time in epoch ms (BIGINT) and a bit
 * mask of the steps the row satisfies (bit k = step k + 1; one row can satisfy several steps when names
 * repeat or per-step filters differ). Rows satisfying no step are dropped.
 */
export function funnelStepScanSql(input: FunnelUsersInput, params: SqlParams): string {
  let needsProfileJoin = false;
  const maskTerms = input.steps.map((step, index) => {
    let condition = `e.name = ${params.add(step.name)}`;
    if (step.filters?.length && input.filterSql) {
      const filter = input.filterSql(step.filters, params);
      needsProfileJoin ||= filter.needsProfileJoin;
      if (filter.sql.trim() !== '') condition += ` AND (${filter.sql})`;
    }
    // CASE treats a NULL filter result as "does not match", like ClickHouse's windowFunnel conditions.
    return `CASE WHEN ${condition} THEN ${2 ** index} ELSE 0 END`;
  });
  const groupColumn = input.groupBy === 'profile_id' ? 'e.profile_id' : 'e.session_id';
  const profileJoin = needsProfileJoin
    ? 'LEFT JOIN profiles pr ON pr.project_id = e.project_id AND pr.id = e.profile_id'
    : '';
  return `
    SELECT g, ts, mask FROM (
      SELECT ${groupColumn} AS g, epoch_ms(e.created_at) AS ts, (${maskTerms.join(' + ')}) AS mask
      FROM events e ${profileJoin}
      WHERE e.project_id = ${params.add(input.projectId)}
        AND e.created_at BETWEEN ${params.add(input.startUtc)} AND ${params.add(input.endUtc)}
        AND list_contains(${params.add(input.steps.map((s) => s.name))}, e.name)
    ) WHERE mask > 0`;
}
