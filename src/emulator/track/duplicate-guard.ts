import { createHash } from 'node:crypto';

/** Key order must not matter: the server hashes with a stable (sorted-key) JSON hash (§12.1 step 3). */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface DuplicateCheck {
  body: unknown;
  ip: string;
  origin: string;
  clientId: string;
}

/** How long a seen request blocks its twin: the server's Redis `SET NX PX 100` (§12.1 step 3). */
export const DUPLICATE_WINDOW_MS = 100;

/**
 * The duplicate check of §12.1 step 3 without Redis: a hash of body + IP + origin + client id, remembered for
 * 100 ms of the given clock (real time by default; the emulator's `now()` may be frozen, which would turn
 * every later twin into a duplicate forever).
 */
export function createDuplicateGuard(clock: () => number = Date.now) {
  const seen = new Map<string, number>();
  return {
    /** True when the same request was seen less than 100 ms ago; otherwise records it. */
    isDuplicate(check: DuplicateCheck): boolean {
      const now = clock();
      for (const [key, expires] of seen) if (expires <= now) seen.delete(key);
      const key = createHash('md5')
        .update(stableJson({ ...(check.body as object), ...check }))
        .digest('hex');
      if (seen.has(key)) return true;
      seen.set(key, now + DUPLICATE_WINDOW_MS);
      return false;
    },
  };
}
export type DuplicateGuard = ReturnType<typeof createDuplicateGuard>;
