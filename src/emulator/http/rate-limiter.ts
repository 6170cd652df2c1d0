/**
 * @fastify/rate-limit as production runs it (shared/openpanel-api.md §3): one Redis namespace for every
 * router, so export, insights and manage share ONE fixed 10-second window per key, and each router
 * compares that shared count against its own max. A request counts before validation and auth.
 */
export type RateLimitGroup = 'export' | 'insights' | 'manage';

export const GROUP_MAX: Record<RateLimitGroup, number> = { export: 100, insights: 100, manage: 20 };
export const WINDOW_MS = 10_000;

export interface RateLimitVerdict {
  limited: boolean;
  headers: Record<string, string>;
}

export function createRateLimiter(clock: () => number = Date.now) {
  const windows = new Map<string, { count: number; resetAt: number }>();

  return {
    hit(key: string, group: RateLimitGroup): RateLimitVerdict {
      const now = clock();
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + WINDOW_MS };
        windows.set(key, window);
      }
      window.count += 1;
      const max = GROUP_MAX[group];
      const reset = String(Math.ceil((window.resetAt - now) / 1000));
      const limited = window.count > max;
      const headers: Record<string, string> = {
        'x-ratelimit-limit': String(max),
        'x-ratelimit-remaining': String(Math.max(0, max - window.count)),
        'x-ratelimit-reset': reset,
      };
      if (limited) headers['retry-after'] = reset;
      return { limited, headers };
    },
    /** Test hook: forget every window. */
    reset() {
      windows.clear();
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;

/** The limiter's key: the raw client-id header, else the first IP header, else the literal "undefined". */
export function rateLimitKey(headers: Headers): string {
  // `||` like the server's keyGenerator: an empty header falls through to the next one.
  return (
    headers.get('openpanel-client-id') ||
    headers.get('x-real-ip') ||
    headers.get('x-client-ip') ||
    headers.get('x-forwarded-for') ||
    'undefined'
  );
}
