import { randomUUID } from 'node:crypto';
import type { RedisLink } from './redis-link.ts';
import type { CacheSource, ResponseCache } from './response-cache.ts';

/**
 * The response cache shared through Redis, with coalescing ACROSS instances: behind a load balancer, a team
 * opening the same dashboard on two instances still costs the upstream one request.
 *
 * - Values are the JSON text of the upstream answer under `<ns>cache:<generation>:<canonical key>`, with the
 *   entry's TTL as `PX`.
 * - Invalidation bumps a generation number per invalidatable key prefix (`scopes`, e.g. the reference
 *   reads), read in the same Lua call as the value. Unlike deleting keys, this also retires a value that a
 *   load started before the write stores after it: it lands under the old generation, which nobody reads.
 * - Coalescing: the first instance to `SET NX PX` the key's lock loads and stores; the others poll for the
 *   value until the lock is gone (then they try to take it themselves) or `maxWaitMs` has passed (then they
 *   load themselves): a crashed or slow winner delays them, never blocks them.
 * - Identical calls within one instance share one promise first, so they never even ask Redis twice.
 * - Any Redis failure: that call goes to the in-process `fallback` cache, and the link logs once.
 */
export interface RedisResponseCacheOptions {
  link: RedisLink;
  fallback: ResponseCache<unknown>;
  ttlMs: number;
  /** Key prefixes that `invalidate` may be called with (each has its own generation number). */
  scopes: readonly string[];
  /** The lock's lifetime: longer than one load normally takes (all its retries included). */
  lockMs?: number;
  maxWaitMs?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

// KEYS: the generation key of the key's scope. ARGV: cache prefix, canonical key.
const LOOKUP = `
local g = redis.call('GET', KEYS[1]) or '0'
return {g, redis.call('GET', ARGV[1] .. g .. ':' .. ARGV[2])}
`;

// Deletes the lock only while it is still ours (it may have expired and been taken by another instance).
const UNLOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

class RedisFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('redis');
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createRedisResponseCache(
  options: RedisResponseCacheOptions,
): ResponseCache<unknown> {
  const { link, fallback, scopes } = options;
  const lockMs = options.lockMs ?? 30_000;
  const maxWaitMs = options.maxWaitMs ?? lockMs;
  const pollMs = options.pollMs ?? 20;
  const sleep = options.sleep ?? realSleep;
  const cachePrefix = `${link.namespace}cache:`;
  const generationKey = (scope: string) => `${link.namespace}generation:${scope}`;
  const scopeOf = (key: string) => scopes.find((scope) => key.startsWith(scope)) ?? '';
  const inFlight = new Map<string, Promise<{ value: unknown; source: CacheSource }>>();

  /** Runs one Redis command; a failure becomes a RedisFailure so it is never mistaken for the load's. */
  async function redis<R>(command: () => Promise<R>): Promise<R> {
    try {
      return await command();
    } catch (error) {
      throw new RedisFailure(error);
    }
  }

  async function loadAndStore(
    entryKey: string,
    lockKey: string,
    token: string,
    load: () => Promise<unknown>,
    ttlMs: number,
  ): Promise<unknown> {
    try {
      const value = await load();
      // Storing is best effort: the answer is good even when Redis just failed.
      await link.client
        .set(entryKey, JSON.stringify(value), { expiration: { type: 'PX', value: ttlMs } })
        .catch((error: unknown) => link.lost(error));
      return value;
    } finally {
      void link.client.eval(UNLOCK, { keys: [lockKey], arguments: [token] }).catch(() => {});
    }
  }

  async function shared(
    key: string,
    load: () => Promise<unknown>,
    ttlMs: number,
  ): Promise<{ value: unknown; source: CacheSource }> {
    const [generation, cached] = (await redis(() =>
      link.client.eval(LOOKUP, {
        keys: [generationKey(scopeOf(key))],
        arguments: [cachePrefix, key],
      }),
    )) as [string, string | null];
    if (cached !== null) return { value: JSON.parse(cached), source: 'hit' };
    const entryKey = `${cachePrefix}${generation}:${key}`;
    const lockKey = `${link.namespace}lock:${generation}:${key}`;
    const token = randomUUID();
    const deadline = Date.now() + maxWaitMs;
    for (;;) {
      const won = await redis(() =>
        link.client.set(lockKey, token, {
          condition: 'NX',
          expiration: { type: 'PX', value: lockMs },
        }),
      );
      if (won === 'OK')
        return { value: await loadAndStore(entryKey, lockKey, token, load, ttlMs), source: 'miss' };
      // Another instance is loading: wait for its value while its lock stands.
      for (;;) {
        await sleep(pollMs);
        const [value, locked] = (await redis(() =>
          link.client.multi().get(entryKey).exists(lockKey).exec(),
        )) as unknown as [string | null, number];
        if (typeof value === 'string') return { value: JSON.parse(value), source: 'coalesced' };
        if (Date.now() >= deadline) return { value: await load(), source: 'miss' };
        if (locked === 0) break; // the winner gave up (failed load): try to take the lock ourselves
      }
    }
  }

  return {
    async get(key, load, onSource, entryTtlMs = options.ttlMs) {
      // Nothing to share without a lifetime (caching disabled), or without Redis.
      if (entryTtlMs <= 0 || !link.ready()) return fallback.get(key, load, onSource, entryTtlMs);
      const pending = inFlight.get(key);
      if (pending) {
        onSource?.('coalesced');
        return (await pending).value;
      }
      const promise = shared(key, load, entryTtlMs).catch((error: unknown) => {
        if (!(error instanceof RedisFailure)) throw error;
        link.lost(error.cause);
        let source: CacheSource = 'miss';
        return fallback
          .get(key, load, (s) => (source = s), entryTtlMs)
          .then((value) => ({ value, source }));
      });
      inFlight.set(key, promise);
      try {
        const { value, source } = await promise;
        onSource?.(source);
        return value;
      } finally {
        inFlight.delete(key);
      }
    },
    async invalidate(prefix) {
      await fallback.invalidate(prefix);
      if (!link.ready()) return;
      const bumped = scopes.filter((scope) => scope.startsWith(prefix));
      try {
        await Promise.all(bumped.map((scope) => link.client.incr(generationKey(scope))));
      } catch (error) {
        link.lost(error);
      }
    },
  };
}
