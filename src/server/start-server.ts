import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { accessSettingsFromEnv } from './auth/access-settings.ts';
import { parseServerEnv } from './config/server-env.ts';
import { createBffApp } from './create-bff-app.ts';
import { createProjectDirectory } from './project-directory.ts';
import { systemClock } from './upstream/clock.ts';
import { connectRedis, type RedisLink } from './upstream/redis-link.ts';
import { createUpstreamClient } from './upstream/upstream-client.ts';
import { createUpstreamSharing } from './upstream/upstream-sharing.ts';
import { createNodeHttpTransport } from './upstream/upstream-transport.ts';

/** The demo root client of the built-in emulator (documented, local only). */
export const DEMO_ROOT_CLIENT = {
  id: 'a0000000-0000-4000-8000-000000000001',
  secret: 'demo-root-secret',
};

export interface StartServerOptions {
  log?: (line: string) => void;
  distDir?: string;
}

/**
 * Parses the env (a readable list on failure), refuses open access beyond loopback, starts the built-in
 * emulator when no OpenPanel credentials are set (demo mode), and serves `/api` plus the SPA on one port.
 */
export async function startServer(
  rawEnv: Record<string, string | undefined>,
  options: StartServerOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const env = parseServerEnv(rawEnv);
  const access = accessSettingsFromEnv(env);
  const sessionSecret = env.SESSION_SECRET ?? randomBytes(32).toString('base64url');
  const shareSecret = env.SHARE_SECRET ?? randomBytes(32).toString('base64url');
  if (access.mode === 'password' && !env.SESSION_SECRET) {
    log(
      'SESSION_SECRET is not set: sessions end when the server restarts and are not shared between instances.',
    );
  }
  if (!env.SHARE_SECRET)
    log('SHARE_SECRET is not set: share links stop working when the server restarts.');

  let emulator: { url: string; close(): Promise<void> } | null = null;
  let upstreamUrl = env.OPENPANEL_API_URL;
  let credentials = {
    id: env.OPENPANEL_CLIENT_ID ?? '',
    secret: env.OPENPANEL_CLIENT_SECRET ?? '',
  };
  const mode = env.OPENPANEL_CLIENT_ID ? 'live' : 'demo';
  if (mode === 'demo') {
    // Loaded only in demo mode: a live deployment never opens DuckDB.
    const { startEmulator } = await import('../emulator/start-emulator.ts');
    const dataDir = env.EMULATOR_DATA_DIR ?? '.data/emulator';
    const started = await startEmulator({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      timezone: env.OPENPANEL_TIMEZONE,
      log: () => {},
    });
    emulator = started;
    upstreamUrl = started.url;
    credentials = DEMO_ROOT_CLIENT;
    log(
      `Demo mode: no OpenPanel credentials set, using the built-in emulator at ${emulator.url} (data in ${dataDir}).`,
    );
  }

  const clock = systemClock;
  let redis: RedisLink | null = null;
  if (env.REDIS_URL) {
    try {
      redis = await connectRedis({
        url: env.REDIS_URL,
        scope: `${new URL(upstreamUrl).origin}|${credentials.id}`,
        log,
      });
    } catch (error) {
      await emulator?.close();
      throw error;
    }
    log(
      'REDIS_URL is set: response cache, coalescing and upstream limit are shared with other instances.',
    );
  }
  const { limiter, cache } = createUpstreamSharing({
    link: redis ?? undefined,
    clock,
    cacheTtlMs: env.CACHE_TTL_MS,
    timeoutMs: env.UPSTREAM_TIMEOUT_MS,
  });
  const upstream = createUpstreamClient({
    baseUrl: upstreamUrl,
    clientId: credentials.id,
    clientSecret: credentials.secret,
    transport: createNodeHttpTransport(),
    clock,
    limiter,
    cache,
    timeoutMs: env.UPSTREAM_TIMEOUT_MS,
    cacheTtlMs: env.CACHE_TTL_MS,
  });
  const app = createBffApp({
    env,
    mode,
    upstream,
    projects: createProjectDirectory(upstream, clock, env.OPENPANEL_PROJECT_ID),
    access,
    sessionSecret,
    shareSecret,
    clock,
    log,
    distDir: options.distDir ?? 'dist',
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  const url = `http://${host}:${port}`;
  log(
    `Dashboard on ${url} (${mode} mode, ${access.mode === 'open' ? 'open local access' : 'password access'}).`,
  );
  return {
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator?.close();
      await redis?.close();
    },
  };
}
