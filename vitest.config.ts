import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    environment: 'node',
    // DuckDB is native: forks keep each test file's database in its own process.
    pool: 'forks',
    // Expected plain-text 500s are part of the contract; keep their stack traces out of test output.
    env: { EMULATOR_LOG_ERRORS: '0' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
