import type { Clock } from './clock.ts';

/**
 * A client-side model of the upstream's rate limit (shared/openpanel-api.md §3): ONE fixed 10-second window
 * per client id, shared by export, insights and manage, where each router compares the shared count with its
 * own max (100, 100, 20). We only ever send when the upstream would accept, so normal use never sees a 429.
 *
 * - The upstream window starts when its first hit ARRIVES, a little after we sent it; our window is therefore
 *   `guardMs` longer, so a new window of ours never opens while the upstream's old one is still running.
 * - Writes (reference changes) go first: manage's max of 20 is checked against the shared count, so after a
 *   burst of chart requests a write can only fit in a fresh window, and there it is dispatched before any
 *   queued read instead of waiting behind hundreds of them.
 * - After a 429 (another BFF instance sharing the client id), `blockUntil` holds everything until retry-after.
 * - Every answer carries the upstream's own view of the window (`x-ratelimit-remaining` / `-reset`, §3);
 *   `sync` adopts it whenever it is stricter than ours, because other processes (or this one before a
 *   restart) may have used the same client id: our count never stays below the upstream's, and our window
 *   never closes before the upstream's does.
 */
export type LimitGroup = 'export' | 'insights' | 'manage';
export type LimitPriority = 'write' | 'read';

export const UPSTREAM_GROUP_MAX: Record<LimitGroup, number> = {
  export: 100,
  insights: 100,
  manage: 20,
};

interface Waiter {
  group: LimitGroup;
  priority: LimitPriority;
  seq: number;
  enqueuedAt: number;
  resolve: (waitedMs: number) => void;
}

/** The upstream's `x-ratelimit-limit`, `-remaining` and `-reset` (seconds) of one answer (§3). */
export interface RateLimitHeaders {
  limit: number;
  remaining: number;
  reset: number;
}

/** The three headers, or null when an answer does not carry all of them as whole numbers. */
export function rateLimitHeadersOf(headers: {
  get(name: string): string | null;
}): RateLimitHeaders | null {
  const read = (name: string) => {
    const value = headers.get(name)?.trim() ?? '';
    return /^\d+$/.test(value) ? Number(value) : null;
  };
  const limit = read('x-ratelimit-limit');
  const remaining = read('x-ratelimit-remaining');
  const reset = read('x-ratelimit-reset');
  if (limit === null || remaining === null || reset === null) return null;
  return { limit, remaining, reset };
}

export interface LimiterSnapshot {
  windowStart: number | null;
  windowEnd: number;
  count: number;
  queued: number;
  blockedUntil: number;
}

export interface UpstreamLimiterOptions {
  clock: Clock;
  windowMs?: number;
  guardMs?: number;
  limits?: Record<LimitGroup, number>;
}

/**
 * What the upstream client needs from a limiter. Two implementations: in-process (below; one BFF instance)
 * and Redis-shared (redis-upstream-limiter.ts; several instances on one client id).
 */
export interface UpstreamLimiter {
  /** Resolves with the milliseconds waited once one request of `group` may be sent. */
  acquire(group: LimitGroup, priority: LimitPriority): Promise<number>;
  /** The upstream answered 429: send nothing before `until` (epoch ms), then start a fresh window. */
  blockUntil(until: number): void;
  /** Adopts the upstream's view of the window from an answer to a request sent at `sentAt` (epoch ms). */
  sync(headers: RateLimitHeaders, sentAt: number): void;
}

export function createUpstreamLimiter({
  clock,
  windowMs = 10_000,
  guardMs = 500,
  limits = UPSTREAM_GROUP_MAX,
}: UpstreamLimiterOptions): UpstreamLimiter & { snapshot(): LimiterSnapshot } {
  let windowStart: number | null = null;
  /** When our window closes; normally windowStart + windowMs + guardMs, later after a `sync`. */
  let windowEnd = 0;
  let count = 0;
  let blockedUntil = 0;
  let seq = 0;
  let wakeAt: number | null = null;
  const waiters: Waiter[] = [];

  function scheduleWake(at: number) {
    if (wakeAt !== null && wakeAt <= at) return;
    wakeAt = at;
    void clock.sleep(at - clock.now()).then(() => {
      if (wakeAt === at) wakeAt = null;
      pump();
    });
  }

  function pump() {
    const now = clock.now();
    if (waiters.length === 0) return;
    if (blockedUntil > now) return scheduleWake(blockedUntil);
    if (windowStart === null || now >= windowEnd) {
      windowStart = now;
      windowEnd = now + windowMs + guardMs;
      count = 0;
    }
    // Writes first, then arrival order; a waiter whose group max is reached stays queued for the next window.
    waiters.sort((a, b) =>
      a.priority === b.priority ? a.seq - b.seq : a.priority === 'write' ? -1 : 1,
    );
    for (let i = 0; i < waiters.length;) {
      const waiter = waiters[i] as Waiter;
      if (count < limits[waiter.group]) {
        count += 1;
        waiters.splice(i, 1);
        waiter.resolve(now - waiter.enqueuedAt);
      } else i += 1;
    }
    if (waiters.length > 0) scheduleWake(windowEnd);
  }

  return {
    /** Resolves with the milliseconds waited once one request of `group` may be sent. */
    acquire(group: LimitGroup, priority: LimitPriority): Promise<number> {
      return new Promise<number>((resolve) => {
        waiters.push({ group, priority, seq: seq++, enqueuedAt: clock.now(), resolve });
        pump();
      });
    },
    /** The upstream answered 429: send nothing before `until` (epoch ms), then start a fresh window. */
    blockUntil(until: number) {
      blockedUntil = Math.max(blockedUntil, until);
      windowStart = null;
    },
    /**
     * Aligns the window with the rate-limit headers of an answer to a request sent at `sentAt` (epoch ms).
     * An answer to a request sent before our current window opened describes an older upstream window and
     * is ignored. `reset` is rounded UP to whole seconds upstream, so `now + reset s` is the latest the
     * upstream window can end: a safe end for ours. With `remaining` 0 the upstream count is only known to
     * be at least `limit` (the answering group's max; §3 reports max(0, max − count)).
     */
    sync(headers: RateLimitHeaders, sentAt: number) {
      if (windowStart === null || sentAt < windowStart) return;
      const upstreamCount =
        headers.remaining > 0 ? headers.limit - headers.remaining : headers.limit;
      count = Math.max(count, upstreamCount);
      windowEnd = Math.max(windowEnd, clock.now() + headers.reset * 1000);
    },
    /** For tests and /readyz diagnostics. */
    snapshot: () => ({ windowStart, windowEnd, count, queued: waiters.length, blockedUntil }),
  };
}
