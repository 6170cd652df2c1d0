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

export interface UpstreamLimiterOptions {
  clock: Clock;
  windowMs?: number;
  guardMs?: number;
  limits?: Record<LimitGroup, number>;
}

export function createUpstreamLimiter({
  clock,
  windowMs = 10_000,
  guardMs = 500,
  limits = UPSTREAM_GROUP_MAX,
}: UpstreamLimiterOptions) {
  let windowStart: number | null = null;
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
    if (windowStart === null || now >= windowStart + windowMs + guardMs) {
      windowStart = now;
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
    if (waiters.length > 0) scheduleWake(windowStart + windowMs + guardMs);
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
    /** For tests and /readyz diagnostics. */
    snapshot: () => ({ windowStart, count, queued: waiters.length, blockedUntil }),
  };
}
export type UpstreamLimiter = ReturnType<typeof createUpstreamLimiter>;
