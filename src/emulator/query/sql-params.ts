import type { DuckDBValue } from '@duckdb/node-api';

type Bindable = string | number | boolean | bigint | Date | null | readonly string[];

/**
 * Named bind parameters for SQL built from request input. Nothing a client sends is ever spliced into
 * SQL text: builders call `add(value)` and splice the returned placeholder. The placeholder carries a
 * cast because DuckDB cannot infer a parameter's type in every position (a select list, a function
 * argument), e.g. `$p1::VARCHAR`.
 */
export class SqlParams {
  readonly values: Record<string, DuckDBValue> = {};
  private next = 1;

  add(value: Bindable): string {
    const name = `p${this.next++}`;
    if (Array.isArray(value)) {
      // A bound list has no item type when it is empty ("Cannot create lists with item type of ANY"),
      // so lists travel as JSON text and are cast on the SQL side.
      this.values[name] = JSON.stringify(value);
      return `$${name}::JSON::VARCHAR[]`;
    }
    if (value instanceof Date) {
      this.values[name] = value.toISOString().replace('T', ' ').replace('Z', '');
      return `$${name}::TIMESTAMP_MS`;
    }
    this.values[name] = value as DuckDBValue;
    if (typeof value === 'number') return `$${name}::DOUBLE`;
    if (typeof value === 'bigint') return `$${name}::BIGINT`;
    if (typeof value === 'boolean') return `$${name}::BOOLEAN`;
    return `$${name}::VARCHAR`;
  }
}
