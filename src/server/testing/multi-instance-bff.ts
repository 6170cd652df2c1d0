import { createTestEmulator } from '../../emulator/testing/test-emulator.ts';
import { parseServerEnv } from '../config/server-env.ts';
import { createBffApp } from '../create-bff-app.ts';
import { createProjectDirectory } from '../project-directory.ts';
import type { Clock } from '../upstream/clock.ts';
import { connectRedis, type RedisLink } from '../upstream/redis-link.ts';
import { createUpstreamClient } from '../upstream/upstream-client.ts';
import { createUpstreamSharing } from '../upstream/upstream-sharing.ts';
import type { FetchLike } from '../upstream/upstream-transport.ts';
import { TEST_ORIGIN, UPSTREAM_BASE } from './test-bff.ts';

/** One upstream call as the emulator received it; `at` is the shared clock's time of arrival. */
export interface UpstreamCall {
  instance: number;
  method: string;
  url: string;
  status: number;
  at: number;
}

/**
 * Several BFF instances (as behind a load balancer) against ONE in-memory emulator with the root client,
 * all sharing one clock; each has its own Redis connection to `redisUrl` (or none: in-process state).
 */
export async function createMultiInstanceBff(options: {
  instances: number;
  clock: Clock;
  redisUrl?: string;
}) {
  const { clock } = options;
  const emu = await createTestEmulator({ limiterClock: () => clock.now() });
  const credentials = emu.as('root');
  const calls: UpstreamCall[] = [];
  const links: RedisLink[] = [];
  const env = parseServerEnv({ OPENPANEL_TIMEZONE: 'UTC' });

  const instances = [];
  for (let instance = 0; instance < options.instances; instance += 1) {
    const logs: string[] = [];
    const log = (line: string) => logs.push(line);
    const link = options.redisUrl
      ? await connectRedis({ url: options.redisUrl, scope: 'multi-instance-test', log })
      : undefined;
    if (link) links.push(link);
    const counted: FetchLike = async (input, init) => {
      const at = clock.now();
      const response = await emu.app.request(input, init);
      calls.push({
        instance,
        method: init.method ?? 'GET',
        url: input,
        status: response.status,
        at,
      });
      return response;
    };
    const { limiter, cache } = createUpstreamSharing({
      link,
      clock,
      cacheTtlMs: env.CACHE_TTL_MS,
      timeoutMs: env.UPSTREAM_TIMEOUT_MS,
    });
    const upstream = createUpstreamClient({
      baseUrl: UPSTREAM_BASE,
      clientId: credentials['openpanel-client-id'] as string,
      clientSecret: credentials['openpanel-client-secret'] as string,
      fetch: counted,
      clock,
      limiter,
      cache,
      timeoutMs: env.UPSTREAM_TIMEOUT_MS,
      cacheTtlMs: env.CACHE_TTL_MS,
      random: () => 0.5,
    });
    const app = createBffApp({
      env,
      mode: 'demo',
      upstream,
      projects: createProjectDirectory(upstream, clock),
      access: { mode: 'open' },
      sessionSecret: 'test-session-secret-0123456789abcdef',
      shareSecret: 'test-share-secret-0123456789abcdefgh',
      clock,
      log,
    });
    const request = async (path: string, init: RequestInit = {}) =>
      app.request(`${TEST_ORIGIN}${path}`, init);
    instances.push({ app, logs, request });
  }
  return {
    emu,
    calls,
    instances,
    async close() {
      await Promise.all(links.map((link) => link.close()));
      await emu.close();
    },
  };
}
export type MultiInstanceBff = Awaited<ReturnType<typeof createMultiInstanceBff>>;
