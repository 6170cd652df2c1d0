import type { Clock } from '../upstream/clock.ts';

/** One throttled key: `free` failed logins are allowed before the backoff starts. */
export interface ThrottleKey {
  key: string;
  free: number;
}

export interface LoginThrottleOptions {
  clock: Clock;
  /** A key's failures are forgotten after this long without a failure or a block. */
  forgetAfterMs?: number;
  /** The first block, after the last free failure; each further failure doubles it. */
  baseBlockMs?: number;
  maxBlockMs?: number;
  /** Bounds memory under a spray of made-up user names. */
  maxEntries?: number;
}

interface Entry {
  failures: number;
  lastFailureAt: number;
  blockedUntil: number;
}

/**
 * Exponential backoff after failed logins. Unknown user names are counted exactly like known ones, so a
 * 429 says nothing about whether a user exists. Nothing is counted per user name alone: that would let
 * anyone lock a colleague out from anywhere; keys combine the name with the client address.
 */
export function createLoginThrottle({
  clock,
  forgetAfterMs = 15 * 60_000,
  baseBlockMs = 30_000,
  maxBlockMs = 15 * 60_000,
  maxEntries = 10_000,
}: LoginThrottleOptions) {
  const entries = new Map<string, Entry>();

  // Quiet time counts from the end of a block, so a guesser who waits each block out never gets the free
  // attempts back; only 15 minutes without trying do that.
  const live = (entry: Entry, now: number) =>
    now - Math.max(entry.lastFailureAt, entry.blockedUntil) < forgetAfterMs;

  function prune(now: number) {
    for (const [key, entry] of entries) if (!live(entry, now)) entries.delete(key);
    // Still full: drop the oldest (Map order is insertion order; a failure re-inserts its key).
    for (const key of entries.keys()) {
      if (entries.size < maxEntries) break;
      entries.delete(key);
    }
  }

  return {
    /** Milliseconds until a login attempt for these keys is allowed again; 0 when it is allowed now. */
    waitMs(keys: ThrottleKey[]): number {
      const now = clock.now();
      let wait = 0;
      for (const { key } of keys) {
        const entry = entries.get(key);
        if (entry) wait = Math.max(wait, entry.blockedUntil - now);
      }
      return Math.max(0, wait);
    },
    failed(keys: ThrottleKey[]): void {
      const now = clock.now();
      if (entries.size >= maxEntries) prune(now);
      for (const { key, free } of keys) {
        const previous = entries.get(key);
        const entry =
          previous && live(previous, now)
            ? previous
            : { failures: 0, lastFailureAt: now, blockedUntil: 0 };
        entry.failures += 1;
        entry.lastFailureAt = now;
        if (entry.failures >= free) {
          const block = Math.min(maxBlockMs, baseBlockMs * 2 ** (entry.failures - free));
          entry.blockedUntil = now + block;
        }
        entries.delete(key);
        entries.set(key, entry);
      }
    },
    succeeded(key: string): void {
      entries.delete(key);
    },
    size: () => entries.size,
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
