import { existsSync } from 'node:fs';
import { ConfigError } from './config/server-env.ts';
import { buildSpaIfStale } from './spa-build.ts';
import { startServer } from './start-server.ts';

/** `npm start`: .env (if present) → SPA build when stale → BFF (+ emulator in demo mode) on one port. */
async function main() {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const started = performance.now();
  await buildSpaIfStale(process.cwd(), (line) => console.log(line));
  const server = await startServer(process.env);
  console.log(`Ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
