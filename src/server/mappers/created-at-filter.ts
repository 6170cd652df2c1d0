import type { Filter } from '../../contract/openpanel-common.ts';

/**
 * An exact time bound on `/export/events`, whose own `start`/`end` only select whole UTC days (§4.2).
 *
 * It is a §6 filter on the top-level column `created_at`. §6.1: `gt`/`lt`/`gte`/`lte` on such a column are
 * not numeric; the server splices the value as a string literal (`created_at > '…'`). ClickHouse reads that
 * literal as a DateTime64 in the server's zone, which is UTC (§1.4); and even read as plain text, the
 * fixed-width form `yyyy-MM-dd HH:mm:ss.SSS` orders lexicographically exactly as it does in time. So both
 * readings agree as long as the value is spelled in UTC at that fixed width, which is what this builds. The
 * emulator (src/emulator/query/filter-sql.ts) casts the value to TIMESTAMP_MS, the same order again.
 */
export function createdAtFilter(
  operator: Extract<Filter['operator'], 'gt' | 'gte' | 'lt' | 'lte'>,
  epochMs: number,
): Filter {
  return { name: 'created_at', operator, value: [clickhouseUtcTime(epochMs)] };
}

/** `2026-08-22 12:00:00.000`: ClickHouse's DateTime64(3) text of an instant, in UTC. */
export function clickhouseUtcTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('T', ' ').slice(0, 23);
}
