import type { SqlParams } from '../query/sql-params.ts';

/**
 * A JS Date as a TIMESTAMP_MS expression. Bound as epoch milliseconds rather than text so that any date
 * `new Date(datetime)` yields (years past 9999 included, which Postgres stores too) round-trips exactly.
 * An Invalid Date is a plain Error, i.e. the 500 the real server answers when Prisma rejects it (§8.1).
 */
export function timestampSql(params: SqlParams, date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms))
    throw new Error('Invalid value for argument `date`: Provided Date object is invalid');
  return `epoch_ms(${params.add(BigInt(ms))})`;
}

/**
 * A string list as a VARCHAR[] expression. Bound as JSON text because a bound empty list has no item type
 * in DuckDB's node API ("Cannot create lists with item type of ANY"); JSON keeps commas and quotes intact.
 */
export function stringListSql(params: SqlParams, list: readonly string[]): string {
  return `${params.add(JSON.stringify(list))}::JSON::VARCHAR[]`;
}
