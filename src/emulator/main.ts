/**
 * `npm run emulator`: the OpenPanel-compatible emulator on its own, configured by EMULATOR_* variables
 * (see emulator-config.ts). Prints one line with the URL and where the demo credentials are.
 */
import { emulatorConfig } from './emulator-config.ts';
import { startEmulator } from './start-emulator.ts';

let config;
try {
  config = emulatorConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const emulator = await startEmulator({ ...config, log: (line) => console.log(line) });
console.log(
  `OpenPanel emulator on ${emulator.url} (data: ${config.dataDir}${config.now ? `, clock fixed at ${config.now}` : ''}). ` +
    'Demo clients (root/read/write) are listed in src/emulator/store/seed-organization.ts, e.g. root ' +
    'a0000000-0000-4000-8000-000000000001 / demo-root-secret.',
);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`[emulator] ${signal}: closing`);
  await emulator.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
