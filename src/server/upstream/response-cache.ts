import type { Clock } from './clock.ts';

/**
 * A short-TTL cache of successful upstream GETs plus in-flight coalescing, both keyed by the canonical
 * upstream request: a team opening the same dashboard costs the upstream one request, not one per viewer.
 */
export function createResponseCache<T>(clock: Clock, ttlMs: number, maxEntries = 1000) {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  const inFlight = new Map<string, Promise<T>>();

  return {
    /** A fresh cached value, the promise of an identical call in flight, or a new call of `load`. */
    async get(
      key: string,
      load: () => Promise<T>,
      onSource?: (source: 'hit' | 'coalesced' | 'miss') => void,
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
    /** Drops every entry whose key starts with `prefix` (reference writes invalidate reference reads). */
    invalidate(prefix: string) {
      for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
    },
    size: () => entries.size,
  };
}
