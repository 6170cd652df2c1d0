import type { EmulatorDb } from '../store/emulator-db.ts';
import { SqlParams } from '../query/sql-params.ts';
import { funnelStepScanSql, type FunnelUsersInput } from './funnel-step-scan.ts';

/**
 * Counts a funnel like ClickHouse's `windowFunnel(window, 'strict_increase')` over the server's
 * `session_funnel` CTE (shared/openpanel-api.md §7.2), entirely in DuckDB so only the per-step counts
 * come back (the JS reference, `countFunnelUsersReference`, turned every group into JS lists).
 *
 * A group reaches level k when SOME step-1 event t1 starts a chain t1 < t2 < … < tk (strictly increasing:
 * two steps in the same millisecond never connect) with every tj ≤ t1 + window (inclusive, measured from
 * step 1, not from the previous step). For a fixed start, taking the EARLIEST step-j event after t(j−1) is
 * optimal, by induction: if greedy g(j−1) ≤ c(j−1) for any valid chain c, then c(j) > c(j−1) ≥ g(j−1)
 * makes c(j) a candidate, so g(j) ≤ c(j) ≤ t1 + window — greedy never stops earlier than any chain. So
 * each level is one ASOF join of all chains against that step's events ("the first step-j event strictly
 * after the chain's last time, in the same group"), dropping chains whose next event is past the window:
 * if the earliest one is too late, every later one is too.
 *
 * Chains that reach the same group and time at a level are interchangeable except for their start, and
 * the latest start leaves the most room, so each level keeps one chain per (group, time) — the same
 * dominance the JS reference uses. `users[k]` is the number of groups with a chain at level k + 1; since
 * level k+1 chains extend level k ones, the counts never rise along the funnel.
 */
export async function countFunnelUsers(db: EmulatorDb, input: FunnelUsersInput): Promise<number[]> {
  const params = new SqlParams();
  const stepCount = input.steps.length;
  const windowMs = params.add(BigInt(input.windowHours * 3_600_000));
  const ctes = [
    `tagged AS MATERIALIZED (${funnelStepScanSql(input, params)})`,
    // Level 1: every step-1 event starts a chain; t0 = its start, t = its last event. Step-1 events in
    // the same group and millisecond are one start (DISTINCT).
    `c1 AS (SELECT DISTINCT g, ts AS t0, ts AS t FROM tagged WHERE mask & 1 <> 0)`,
  ];
  for (let level = 2; level <= stepCount; level++) {
    const bit = 2 ** (level - 1);
    ctes.push(
      `s${level} AS (SELECT g, ts FROM tagged WHERE mask & ${bit} <> 0)`,
      `c${level} AS (
        SELECT c.g, max(c.t0) AS t0, s.ts AS t
        FROM c${level - 1} c ASOF JOIN s${level} s ON c.g = s.g AND c.t < s.ts
        WHERE s.ts <= c.t0 + ${windowMs}
        GROUP BY c.g, s.ts
      )`,
    );
  }
  const counts = Array.from(
    { length: stepCount },
    (_, i) => `(SELECT count(DISTINCT g) FROM c${i + 1})::INTEGER AS u${i + 1}`,
  );
  const sql = `WITH ${ctes.join(',\n')}\nSELECT ${counts.join(', ')}`;
  const [row] = await db.all<Record<string, number>>(sql, params.values);
  return Array.from({ length: stepCount }, (_, i) => row?.[`u${i + 1}`] ?? 0);
}
