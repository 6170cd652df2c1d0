import {
  createTestEmulator,
  type TestEmulatorOptions,
} from '../../emulator/testing/test-emulator.ts';
import type { AccessSettings } from '../auth/access-settings.ts';
import { parseServerEnv } from '../config/server-env.ts';
import { createBffApp } from '../create-bff-app.ts';
import { createProjectDirectory } from '../project-directory.ts';
import { createUpstreamClient } from '../upstream/upstream-client.ts';
import type { FetchLike } from '../upstream/upstream-transport.ts';
import { createUpstreamLimiter } from '../upstream/upstream-limiter.ts';
import { createVirtualClock } from './virtual-clock.ts';

export const TEST_ORIGIN = 'http://dash.test';
export const UPSTREAM_BASE = 'http://upstream.test';

export interface TestBffOptions {
  emulator?: TestEmulatorOptions;
  access?: AccessSettings;
  env?: Record<string, string>;
  /** Wraps the upstream fetch, to inject faults. */
  wrapFetch?: (inner: FetchLike) => FetchLike;
  client?: 'root' | 'read';
  cacheTtlMs?: number;
}

/**
 * The BFF wired in-process to an in-memory emulator: the upstream fetch is the emulator's `app.request`
 * (counted), the clock is virtual and shared with the emulator's rate limiter, log lines are captured.
 */
export async function createTestBff(options: TestBffOptions = {}) {
  const clock = createVirtualClock();
  const emu = await createTestEmulator({ ...options.emulator, limiterClock: () => clock.now() });
  const calls: { method: string; url: string; status: number }[] = [];
  const counted: FetchLike = async (input, init) => {
    const response = await emu.app.request(input, init);
    calls.push({ method: init.method ?? 'GET', url: input, status: response.status });
    return response;
  };
  const fetch = options.wrapFetch ? options.wrapFetch(counted) : counted;
  const env = parseServerEnv({ OPENPANEL_TIMEZONE: 'UTC', ...options.env });
  const credentials = emu.as(options.client ?? 'root');
  const upstream = createUpstreamClient({
    baseUrl: UPSTREAM_BASE,
    clientId: credentials['openpanel-client-id'] as string,
    clientSecret: credentials['openpanel-client-secret'] as string,
    fetch,
    clock,
    limiter: createUpstreamLimiter({ clock }),
    timeoutMs: env.UPSTREAM_TIMEOUT_MS,
    cacheTtlMs: options.cacheTtlMs ?? env.CACHE_TTL_MS,
    random: () => 0.5,
  });
  const logs: string[] = [];
  const app = createBffApp({
    env,
    mode: 'demo',
    upstream,
    projects: createProjectDirectory(upstream, clock),
    access: options.access ?? { mode: 'open' },
    sessionSecret: 'test-session-secret-0123456789abcdef',
    shareSecret: 'test-share-secret-0123456789abcdefgh',
    clock,
    log: (line) => logs.push(line),
  });
  const request = async (path: string, init: RequestInit = {}): Promise<Response> =>
    app.request(`${TEST_ORIGIN}${path}`, init);
  return {
    app,
    emu,
    clock,
    calls,
    logs,
    request,
    secret: credentials['openpanel-client-secret'] as string,
    close: () => emu.close(),
  };
}
export type TestBff = Awaited<ReturnType<typeof createTestBff>>;
