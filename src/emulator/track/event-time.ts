export interface EventTime {
  /** Epoch milliseconds of the event. */
  ms: number;
  /** More than 15 min before the receive time: stored with no session, device or referrer (§12.8.4). */
  fromThePast: boolean;
}

const ONE_MINUTE_MS = 60_000;
const FIFTEEN_MINUTES_MS = 15 * ONE_MINUTE_MS;

/**
 * The event time of shared/openpanel-api.md §12.6: the receive time, or `properties.__timestamp` read like
 * `new Date(x)` (epoch ms or any date string; the server runs in UTC). Falsy, unparseable or more than
 * 60 s in the future → the receive time. No lower bound.
 */
export function resolveEventTime(receivedMs: number, rawTimestamp: unknown): EventTime {
  if (!rawTimestamp) return { ms: receivedMs, fromThePast: false };
  const ms = new Date(rawTimestamp as string | number).getTime();
  if (Number.isNaN(ms) || ms > receivedMs + ONE_MINUTE_MS) {
    return { ms: receivedMs, fromThePast: false };
  }
  return { ms, fromThePast: ms < receivedMs - FIFTEEN_MINUTES_MS };
}
