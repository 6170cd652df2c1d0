import type { Filter } from '../../contract/openpanel-common.ts';
import type { FunnelGroupBy } from '../../contract/openpanel-funnel.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';
import { SqlParams } from '../query/sql-params.ts';
import { windowFunnelLevel, type FunnelEvent } from './window-funnel-level.ts';

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

/** `users[k]` = groups whose level is at least k + 1, so counts never rise along the funnel (§7.2). */
export function usersPerStep(levels: Iterable<number>, stepCount: number): number[] {
  const users = Array.from({ length: stepCount }, () => 0);
  for (const level of levels) {
    for (let k = 0; k < level && k < stepCount; k++) users[k]! += 1;
  }
  return users;
}

/**
 * Counts a funnel the way the server's `session_funnel` CTE does (§7.2): the project's events between the
 * bounds whose name is one of the steps (and, per step, that match its filters) are grouped by session_id
 * or profile_id — every empty id forms ONE group, exactly like ClickHouse's GROUP BY — and each group's
 * level comes from `windowFunnelLevel`. SQL only tags each row with the steps it satisfies and drops groups
 * without a step-1 event (their level is 0); the ordered matching runs in JS.
 */
export async function countFunnelUsers(db: EmulatorDb, input: FunnelUsersInput): Promise<number[]> {
  const params = new SqlParams();
  let needsProfileJoin = false;
  const maskTerms = input.steps.map((step, index) => {
    let condition = `e.name = ${params.add(step.name)}`;
    if (step.filters?.length && input.filterSql) {
      const filter = input.filterSql(step.filters, params);
      needsProfileJoin ||= filter.needsProfileJoin;
      if (filter.sql.trim() !== '') condition += ` AND (${filter.sql})`;
    }
    return `CASE WHEN ${condition} THEN ${2 ** index} ELSE 0 END`;
  });
  const groupColumn = input.groupBy === 'profile_id' ? 'e.profile_id' : 'e.session_id';
  const profileJoin = needsProfileJoin
    ? 'LEFT JOIN profiles pr ON pr.project_id = e.project_id AND pr.id = e.profile_id'
    : '';
  const sql = `
    WITH tagged AS (
      SELECT ${groupColumn} AS g, epoch_ms(e.created_at)::DOUBLE AS ts, (${maskTerms.join(' + ')}) AS mask
      FROM events e ${profileJoin}
      WHERE e.project_id = ${params.add(input.projectId)}
        AND e.created_at BETWEEN ${params.add(input.startUtc)} AND ${params.add(input.endUtc)}
        AND list_contains(${params.add(input.steps.map((s) => s.name))}, e.name)
    )
    SELECT list(ts ORDER BY ts) AS ts, list(mask ORDER BY ts) AS masks
    FROM tagged
    WHERE mask > 0
    GROUP BY g
    HAVING bool_or(mask % 2 = 1)`;
  const rows = await db.all<{ ts: number[]; masks: number[] }>(sql, params.values);
  const windowMs = input.windowHours * 3_600_000;
  const levels = rows.map((row) => {
    const events: FunnelEvent[] = row.ts.map((ts, i) => ({ ts, mask: row.masks[i]! }));
    return windowFunnelLevel(events, input.steps.length, windowMs);
  });
  return usersPerStep(levels, input.steps.length);
}
