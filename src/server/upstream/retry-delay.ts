/**
 * Exponential backoff with jitter for idempotent GETs: attempt 1 waits ~base, attempt 2 ~2×base, … capped,
 * each scaled into [50 %, 100 %] by `random()` so that several BFF instances do not retry in lockstep.
 */
export function retryDelayMs(
  attempt: number,
  random: () => number,
  baseMs = 200,
  capMs = 5_000,
): number {
  const exponential = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.5 + random() * 0.5));
}

/** `retry-after` in seconds (the upstream sends whole seconds, §3); an HTTP date is honoured too. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
