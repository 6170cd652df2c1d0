import type { Clock } from './clock.ts';
import type { RedisLink } from './redis-link.ts';
import {
  UPSTREAM_GROUP_MAX,
  type LimitGroup,
  type LimitPriority,
  type RateLimitHeaders,
  type UpstreamLimiter,
} from './upstream-limiter.ts';

/**
 * The upstream limiter shared through Redis, so that several BFF instances on one client id together stay
 * inside the upstream's ONE fixed window per client id (shared/openpanel-api.md §3: export, insights and
 * manage share the counter, each checks it against its own max of 100/100/20).
 *
 * The window lives in one Redis hash {start, end, count}; each acquisition is one Lua script (atomic, so two
 * instances never both take the last slot). Window bounds are instants of the injected clock, not Redis
 * TTLs, so tests can run the 10 s window on a fast clock; PEXPIRE only removes the hash once it is over.
 * The rules are the in-process limiter's (upstream-limiter.ts):
 * - a window is `windowMs + guardMs` long: the upstream's starts when our first request arrives there;
 * - writes go first: while any instance has a write waiting (a counter key), reads leave the slots below
 *   manage's max free for it, so the write goes at the start of the next window at the latest;
 * - a 429 (someone else on this client id) blocks every instance until retry-after, then a fresh window;
 * - `sync` raises the shared count and end from the upstream's `x-ratelimit-*` headers.
 * When Redis fails, the call is served by the in-process `fallback` limiter (the link logs once).
 */
export interface RedisUpstreamLimiterOptions {
  link: RedisLink;
  clock: Clock;
  fallback: UpstreamLimiter;
  windowMs?: number;
  guardMs?: number;
  limits?: Record<LimitGroup, number>;
  /** How soon a read held back for a pending write asks again (clock ms). */
  pollMs?: number;
}

// KEYS: window hash, pending-writes counter, blocked-until key.
// ARGV: now, window length, this group's max, 1 for a write, manage's max, GC ms.
// Returns {1, end} when a slot was taken, {0, retryAt} otherwise.
const ACQUIRE = `
local now = tonumber(ARGV[1])
local blocked = tonumber(redis.call('GET', KEYS[3]) or '0')
if blocked > now then return {0, blocked} end
local w = redis.call('HMGET', KEYS[1], 'end', 'count')
local wend = tonumber(w[1] or '0')
local count = tonumber(w[2] or '0')
if wend <= now then
  wend = now + tonumber(ARGV[2])
  count = 0
  redis.call('HSET', KEYS[1], 'start', now, 'end', wend, 'count', 0)
end
local limit = tonumber(ARGV[3])
local held = 0
if ARGV[4] ~= '1' then
  local writers = tonumber(redis.call('GET', KEYS[2]) or '0')
  if writers > 0 then
    local room = math.max(0, tonumber(ARGV[5]) - writers)
    if room < limit then limit = room; held = 1 end
  end
end
if count >= limit then
  if held == 1 then return {0, -1} end
  return {0, wend}
end
redis.call('HINCRBY', KEYS[1], 'count', 1)
redis.call('PEXPIRE', KEYS[1], math.ceil(wend - now) + tonumber(ARGV[6]))
return {1, wend}
`;

// KEYS: window hash. ARGV: sentAt, upstream count, upstream end (now + reset s), now, GC ms.
const SYNC = `
local w = redis.call('HMGET', KEYS[1], 'start', 'end', 'count')
if not w[1] then return 0 end
if tonumber(ARGV[1]) < tonumber(w[1]) then return 0 end
local count = math.max(tonumber(w[3]), tonumber(ARGV[2]))
local wend = math.max(tonumber(w[2]), tonumber(ARGV[3]))
redis.call('HSET', KEYS[1], 'count', count, 'end', wend)
redis.call('PEXPIRE', KEYS[1], math.ceil(wend - tonumber(ARGV[4])) + tonumber(ARGV[5]))
return 1
`;

// KEYS: window hash, blocked-until key. ARGV: until, now, GC ms.
const BLOCK = `
local blocked = math.max(tonumber(redis.call('GET', KEYS[2]) or '0'), tonumber(ARGV[1]))
redis.call('SET', KEYS[2], blocked, 'PX', math.ceil(blocked - tonumber(ARGV[2])) + tonumber(ARGV[3]))
redis.call('DEL', KEYS[1])
return 1
`;

// A counter that never goes below zero (a key that expired under a waiting write must not turn negative).
const RELEASE_WRITER = `
if redis.call('DECR', KEYS[1]) <= 0 then redis.call('DEL', KEYS[1]) end
return 1
`;

/** Extra lifetime of the keys beyond their window, so a key never vanishes while still in force. */
const GC_MS = 60_000;

export function createRedisUpstreamLimiter({
  link,
  clock,
  fallback,
  windowMs = 10_000,
  guardMs = 500,
  limits = UPSTREAM_GROUP_MAX,
  pollMs = 50,
}: RedisUpstreamLimiterOptions): UpstreamLimiter {
  const windowKey = `${link.namespace}limit:window`;
  const writersKey = `${link.namespace}limit:writers`;
  const blockedKey = `${link.namespace}limit:blocked`;

  async function tryTake(group: LimitGroup, priority: LimitPriority): Promise<number | null> {
    const reply = (await link.client.eval(ACQUIRE, {
      keys: [windowKey, writersKey, blockedKey],
      arguments: [
        String(clock.now()),
        String(windowMs + guardMs),
        String(limits[group]),
        priority === 'write' ? '1' : '0',
        String(limits.manage),
        String(GC_MS),
      ],
    })) as [number, number];
    if (reply[0] === 1) return null;
    return reply[1] === -1 ? clock.now() + pollMs : reply[1];
  }

  async function acquireShared(group: LimitGroup, priority: LimitPriority): Promise<number> {
    const started = clock.now();
    for (;;) {
      const retryAt = await tryTake(group, priority);
      if (retryAt === null) return clock.now() - started;
      await clock.sleep(Math.max(1, retryAt - clock.now()));
    }
  }

  return {
    async acquire(group, priority) {
      if (!link.ready()) return fallback.acquire(group, priority);
      const started = clock.now();
      let registered = false;
      try {
        if (priority === 'write') {
          await link.client
            .multi()
            .incr(writersKey)
            .pExpire(writersKey, windowMs + guardMs + GC_MS)
            .exec();
          registered = true;
        }
        return await acquireShared(group, priority);
      } catch (error) {
        link.lost(error);
        return clock.now() - started + (await fallback.acquire(group, priority));
      } finally {
        if (registered)
          void link.client.eval(RELEASE_WRITER, { keys: [writersKey] }).catch(() => {});
      }
    },
    blockUntil(until) {
      fallback.blockUntil(until);
      if (!link.ready()) return;
      link.client
        .eval(BLOCK, {
          keys: [windowKey, blockedKey],
          arguments: [String(until), String(clock.now()), String(GC_MS)],
        })
        .catch((error: unknown) => link.lost(error));
    },
    sync(headers: RateLimitHeaders, sentAt: number) {
      fallback.sync(headers, sentAt);
      if (!link.ready()) return;
      // §3: remaining is max(0, max − count), so with 0 the count is only known to be at least `limit`.
      const upstreamCount =
        headers.remaining > 0 ? headers.limit - headers.remaining : headers.limit;
      const now = clock.now();
      link.client
        .eval(SYNC, {
          keys: [windowKey],
          arguments: [
            String(sentAt),
            String(upstreamCount),
            String(now + headers.reset * 1000),
            String(now),
            String(GC_MS),
          ],
        })
        .catch((error: unknown) => link.lost(error));
    },
  };
}
