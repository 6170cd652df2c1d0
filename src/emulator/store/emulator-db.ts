import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { schemaStatements } from './schema.ts';

export type SqlParams = DuckDBValue[] | Record<string, DuckDBValue>;

/**
 * The emulator's one embedded database (DuckDB). Events, profiles, organizations, projects, clients and
 * references all live in one file under the data directory, so whatever the API acknowledged survives
 * a restart. Pass `':memory:'` for a throwaway database in tests.
 */
export interface EmulatorDb {
  /** Rows as plain JS objects (BIGINT → bigint, TIMESTAMP → Date via `toJsValue`). */
  all<T = Record<string, unknown>>(sql: string, params?: SqlParams): Promise<T[]>;
  run(sql: string, params?: SqlParams): Promise<void>;
  connection: DuckDBConnection;
  /** Runs `task` with the connection to itself (for appenders); never call all/run inside it. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  close(): void;
}

export async function openEmulatorDb(dataDir: string | ':memory:'): Promise<EmulatorDb> {
  let path = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    path = join(dataDir, 'emulator.duckdb');
  }
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  // Like the real API process (TZ=UTC): casts between TIMESTAMP and TIMESTAMPTZ read naive values as UTC.
  await connection.run("SET TimeZone = 'UTC'");
  for (const statement of schemaStatements) await connection.run(statement);

  // One connection runs one statement at a time: two overlapping `runAndReadAll` calls fail with
  // "Attempting to execute an unsuccessful or closed pending query result" (seen with live /track traffic
  // next to dashboard reads). Every statement and appender session therefore goes through this queue.
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };

  const db: EmulatorDb = {
    connection,
    exclusive,
    all<T>(sql: string, params?: SqlParams) {
      return exclusive(async () => {
        const reader = await connection.runAndReadAll(sql, params);
        return reader.getRowObjectsJS() as T[];
      });
    },
    run(sql: string, params?: SqlParams) {
      return exclusive(async () => {
        await connection.run(sql, params);
      });
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
  return db;
}
