import type { Clock } from './clock.ts';

export type CacheSource = 'hit' | 'coalesced' | 'miss';

/**
 * What the upstream client needs from its cache. Two implementations: in-process (below; one BFF instance)
 * and Redis-shared (redis-response-cache.ts; several instances, coalescing across them).
 */
export interface ResponseCache<T> {
  /** A fresh cached value, the result of an identical call in flight, or a new call of `load`. */
  get(
    key: string,
    load: () => Promise<T>,
    onSource?: (source: CacheSource) => void,
    entryTtlMs?: number,
  ): Promise<T>;
  /** Drops every entry whose key starts with `prefix` (reference writes invalidate reference reads). */
  invalidate(prefix: string): void | Promise<void>;
}

/**
 * A short-TTL cache of successful upstream GETs plus in-flight coalescing, both keyed by the canonical
 * upstream request: a team opening the same dashboard costs the upstream one request, not one per viewer.
 */
export function createResponseCache<T>(
  clock: Clock,
  ttlMs: number,
  maxEntries = 1000,
): ResponseCache<T> & { size(): number } {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  const inFlight = new Map<string, Promise<T>>();

  return {
    async get(
      key: string,
      load: () => Promise<T>,
      onSource?: (source: CacheSource) => void,
      /** This entry's lifetime, when it should differ from the cache's (polled live counters). */
      entryTtlMs = ttlMs,
    ): Promise<T> {
      const cached = entries.get(key);
      if (cached && cached.expiresAt > clock.now()) {
        onSource?.('hit');
        return cached.value;
      }
      if (cached) entries.delete(key);
      const pending = inFlight.get(key);
      if (pending) {
        onSource?.('coalesced');
        return pending;
      }
      onSource?.('miss');
      const promise = load().then((value) => {
        if (entryTtlMs > 0) {
          if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
          entries.set(key, { value, expiresAt: clock.now() + entryTtlMs });
        }
        return value;
      });
      inFlight.set(key, promise);
      try {
        return await promise;
      } finally {
        inFlight.delete(key);
      }
    },
    invalidate(prefix: string) {
      for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
    },
    size: () => entries.size,
  };
}
