import type { Clock } from './clock.ts';
import type { RedisLink } from './redis-link.ts';
import { createRedisResponseCache } from './redis-response-cache.ts';
import { createRedisUpstreamLimiter } from './redis-upstream-limiter.ts';
import { createResponseCache, type ResponseCache } from './response-cache.ts';
import { REFERENCE_READS_PREFIX } from './upstream-client.ts';
import {
  createUpstreamLimiter,
  type LimitGroup,
  type UpstreamLimiter,
} from './upstream-limiter.ts';

export interface UpstreamSharingOptions {
  /** Present when REDIS_URL is set: state is shared with the other instances through it. */
  link?: RedisLink;
  clock: Clock;
  cacheTtlMs: number;
  /** The upstream timeout per attempt: a coalescing lock outlives a load with its retries. */
  timeoutMs: number;
  windowMs?: number;
  guardMs?: number;
  limits?: Record<LimitGroup, number>;
  /** Redis limiter only: how soon a read held back for a pending write asks again (clock ms). */
  pollMs?: number;
}

/**
 * The limiter and response cache of one BFF instance: in-process ones, wrapped by Redis-shared ones when a
 * Redis link is given. The in-process ones stay underneath as the fallback for when Redis is lost.
 */
export function createUpstreamSharing(options: UpstreamSharingOptions): {
  limiter: UpstreamLimiter;
  cache: ResponseCache<unknown>;
} {
  const { link, clock, windowMs, guardMs, limits } = options;
  const limiter = createUpstreamLimiter({ clock, windowMs, guardMs, limits });
  const cache = createResponseCache<unknown>(clock, options.cacheTtlMs);
  if (!link) return { limiter, cache };
  return {
    limiter: createRedisUpstreamLimiter({
      link,
      clock,
      fallback: limiter,
      windowMs,
      guardMs,
      limits,
      pollMs: options.pollMs,
    }),
    cache: createRedisResponseCache({
      link,
      fallback: cache,
      ttlMs: options.cacheTtlMs,
      scopes: [REFERENCE_READS_PREFIX],
      lockMs: options.timeoutMs * 4 + 5000,
    }),
  };
}
