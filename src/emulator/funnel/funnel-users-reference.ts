import type { EmulatorDb } from '../store/emulator-db.ts';
import { SqlParams } from '../query/sql-params.ts';
import { funnelStepScanSql, type FunnelUsersInput } from './funnel-step-scan.ts';
import { windowFunnelLevel, type FunnelEvent } from './window-funnel-level.ts';

/**
 * The straightforward funnel count, kept as the REFERENCE for `countFunnelUsers` (tests compare the two
 * on the same data, and bench/funnel-bench.ts times both): the same row scan, but every group's rows come
 * back to JS as lists and `windowFunnelLevel` computes each group's level. Correct but slow on large data
 * (~125k groups turned into JS objects), so the routes do not use it.
 */
export async function countFunnelUsersReference(
  db: EmulatorDb,
  input: FunnelUsersInput,
): Promise<number[]> {
  const params = new SqlParams();
  const sql = `
    WITH tagged AS (${funnelStepScanSql(input, params)})
    SELECT list(ts::DOUBLE ORDER BY ts) AS ts, list(mask ORDER BY ts) AS masks
    FROM tagged
    GROUP BY g
    HAVING bool_or(mask % 2 = 1)`;
  const rows = await db.all<{ ts: number[]; masks: number[] }>(sql, params.values);
  const windowMs = input.windowHours * 3_600_000;
  const stepCount = input.steps.length;
  // users[k] = groups whose level is at least k + 1, so counts never rise along the funnel (§7.2).
  const users = Array.from({ length: stepCount }, () => 0);
  for (const row of rows) {
    const events: FunnelEvent[] = row.ts.map((ts, i) => ({ ts, mask: row.masks[i]! }));
    const level = windowFunnelLevel(events, stepCount, windowMs);
    for (let k = 0; k < level; k++) users[k]! += 1;
  }
  return users;
}
