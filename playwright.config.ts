import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Browsers cannot be downloaded here: use Debian's Chromium unless CHROMIUM_PATH says otherwise,
// and fall back to Playwright's own browser where one is installed.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// The stack started by e2e/serve-e2e.ts: the BFF (E2E_PORT), a second BFF in password mode for the
// login and share specs (E2E_PASSWORD_PORT), and the emulator (E2E_EMULATOR_PORT) the specs arm faults on.
// Set here so the web server and the spec workers (both inherit this environment) agree.
process.env.E2E_PASSWORD_PORT ??= '3102';
process.env.E2E_EMULATOR_PORT ??= '3199';
// The independent live stack with the traffic simulator on (e2e/live-simulator.spec.ts).
process.env.E2E_LIVE_PORT ??= '3104';

const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? '3100'}`;

export default defineConfig({
  testDir: 'e2e',
  // Not the default test-results/: Playwright empties its output folder, which also holds unit.json.
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Any reference write may wait for a fresh upstream rate-limit window: OpenPanel counts export, insights
  // and manage calls in ONE 10 s window per client id and refuses manage above 20 (shared/openpanel-api.md
  // §3), so after a page load's reads a save can be held ≤ 10.5 s by the BFF's limiter (upstream-limiter.ts).
  // Assertions that follow a write therefore get 15 s, and a test with several writes room for each.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  // The emulator (fixed clock, seeded data, faults on) and the BFF serving dist/ on :3100; `npm run build`
  // must have run first. An E2E_BASE_URL points the specs at a server started elsewhere instead.
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: 'npx tsx e2e/serve-e2e.ts',
        url: `${baseURL}/healthz`,
        reuseExistingServer: !process.env.CI,
        timeout: 120_000,
        // The BFF logs one line per request; only its errors are worth showing.
        stdout: 'ignore',
        stderr: 'pipe',
      },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
