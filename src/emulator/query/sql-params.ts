import type { DuckDBValue } from '@duckdb/node-api';

/**
 * Named bind parameters for SQL built from request input. Nothing a client sends is ever spliced into
 * SQL text: builders call `add(value)` and splice the returned placeholder (`$p1`, `$p2`, …).
 */
export class SqlParams {
  readonly values: Record<string, DuckDBValue> = {};
  private next = 1;

  add(value: DuckDBValue): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }
}
