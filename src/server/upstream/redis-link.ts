import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import { ConfigError } from '../config/server-env.ts';

export type RedisClient = ReturnType<typeof newRedisClient>;

/** Commands are not queued while disconnected: callers fall back at once instead of hanging. */
function newRedisClient(
  url: string,
  connectTimeout: number,
  reconnectStrategy: (retries: number, cause: Error) => number | Error,
) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout, reconnectStrategy },
  });
}

/**
 * The one Redis connection of a BFF instance, shared by the limiter and the response cache.
 *
 * - `ready()` is false while the connection is down: callers then use their in-memory fallback at once
 *   (commands are not queued offline, so nothing hangs waiting for a Redis that is gone).
 * - `lost(error)` is what callers report when a command failed (they fall back for that call); it logs
 *   ONCE per outage, and the link logs again when the connection is back (node-redis reconnects itself).
 * - Keys live under `namespace`, derived from the upstream origin and client id: instances of one
 *   deployment share them, other deployments on the same Redis do not.
 */
export interface RedisLink {
  client: RedisClient;
  namespace: string;
  ready(): boolean;
  lost(error: unknown): void;
  close(): Promise<void>;
}

/** A ConfigError, so `npm start` prints just the message and exits. */
export class RedisUnavailableError extends ConfigError {}

export interface ConnectRedisOptions {
  url: string;
  /** Upstream origin and client id: what makes two instances one deployment. */
  scope: string;
  log: (line: string) => void;
  connectTimeoutMs?: number;
}

/** Connects, or rejects with a RedisUnavailableError saying which URL failed and why (no secrets). */
export async function connectRedis(options: ConnectRedisOptions): Promise<RedisLink> {
  const { log } = options;
  let connected = false;
  let down = false;
  // The first connection must succeed (a clear error at start); after that, keep reconnecting.
  const client = newRedisClient(options.url, options.connectTimeoutMs ?? 3000, (retries, cause) =>
    connected ? Math.min(100 * (retries + 1), 2000) : cause,
  );
  // node-redis emits 'error' on every failed (re)connect; without a listener Node would crash.
  client.on('error', (error: unknown) => {
    if (connected) markLost(error);
  });
  client.on('ready', () => {
    if (down) log(JSON.stringify({ level: 'info', redis: 'reconnected; shared state resumed' }));
    down = false;
  });

  function markLost(error: unknown) {
    if (down) return;
    down = true;
    log(
      JSON.stringify({
        level: 'error',
        redis: 'lost; falling back to in-process cache, coalescing and limiter',
        error: (error as Error)?.message ?? String(error),
      }),
    );
  }

  try {
    await client.connect();
  } catch (error) {
    client.destroy();
    throw new RedisUnavailableError(
      `REDIS_URL is set but Redis at ${redactUrl(options.url)} is unreachable (${(error as Error).message}). ` +
        'Start Redis or unset REDIS_URL to run this instance on its own.',
    );
  }
  connected = true;
  const namespace = `opdash:${createHash('sha256').update(options.scope).digest('hex').slice(0, 16)}:`;
  return {
    client,
    namespace,
    ready: () => client.isReady,
    lost: markLost,
    async close() {
      connected = false;
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}

/** The URL without its password, for messages. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}
