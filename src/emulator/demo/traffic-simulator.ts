import { DEMO_CLIENTS } from '../store/seed-organization.ts';
import {
  planMinute,
  SHOP_ORIGIN,
  type SimulatedRequest,
  type SimulatorPlanOptions,
} from './traffic-simulator-plan.ts';

export interface TrafficSimulatorOptions extends SimulatorPlanOptions {
  /** Sends one request through the emulator's own app (Hono's `app.request`): the real `/track` route. */
  request(path: string, init: RequestInit): Response | Promise<Response>;
  now(): Date;
  log?: (line: string) => void;
}

export interface TrafficSimulator {
  /** Plans the minutes up to now and sends every request that is due; resolves to how many were sent. */
  tick(): Promise<number>;
  /** Ticks every `intervalMs` of real time until stop(). */
  start(intervalMs?: number): void;
  /** Stops the timer and waits for a tick in flight, so the database can be closed after it. */
  stop(): Promise<void>;
}

const MINUTE_MS = 60_000;
/**
 * After a pause (a laptop asleep, a blocked event loop) only the last few minutes are planned: the
 * simulator adds live traffic, it does not backfill; the next start's demo catch-up fills gaps.
 */
const MAX_CATCH_UP_MINUTES = 3;

/**
 * The demo traffic simulator (issue 9): a few realistic visits a minute, sent like the web SDK would, with
 * the demo write client and the shop's CORS origin, through the same validation, auth, bot, session and
 * profile code as any client (§12.1). Deterministic for a seed: the visits are planned per minute by
 * `planMinute`; only the cadence of the timer is real time.
 */
export function createTrafficSimulator(options: TrafficSimulatorOptions): TrafficSimulator {
  const { log = () => {} } = options;
  let plannedThrough: number | null = null;
  let pending: SimulatedRequest[] = [];
  let inFlight: Promise<number> | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let warned = false;

  function planUpTo(nowMs: number) {
    const current = Math.floor(nowMs / MINUTE_MS);
    // On the first tick the visits that began earlier in this minute are skipped, not sent in a burst.
    const since = plannedThrough === null ? nowMs : -Infinity;
    const first = Math.max((plannedThrough ?? current - 1) + 1, current - MAX_CATCH_UP_MINUTES + 1);
    for (let minute = first; minute <= current; minute += 1) {
      for (const visit of planMinute(options, minute)) {
        if (visit.startMs >= since) pending.push(...visit.requests);
      }
    }
    plannedThrough = Math.max(plannedThrough ?? current, current);
    // Stable sort: a visit's identify stays ahead of the track sent at the same instant.
    pending.sort((a, b) => a.atMs - b.atMs);
  }

  async function send(request: SimulatedRequest) {
    const response = await options.request('/track', {
      method: 'POST',
      headers: {
        ...request.headers,
        'content-type': 'application/json',
        origin: SHOP_ORIGIN,
        'openpanel-client-id': DEMO_CLIENTS.write.id,
      },
      body: JSON.stringify(request.body),
    });
    if (response.status !== 200 && !warned) {
      // Once is enough: e.g. the shop's CORS list was edited through the manage API.
      warned = true;
      log(
        `[emulator] traffic simulator: /track answered ${response.status} ${await response.text()}`,
      );
    }
  }

  async function run(): Promise<number> {
    const nowMs = options.now().getTime();
    planUpTo(nowMs);
    const due = pending.filter((r) => r.atMs <= nowMs);
    pending = pending.filter((r) => r.atMs > nowMs);
    for (const request of due) await send(request);
    return due.length;
  }

  const tick = (): Promise<number> => {
    // One tick at a time: requests go out in order even when the timer fires during a slow one.
    if (inFlight) return inFlight.then(() => 0);
    inFlight = run().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  return {
    tick,
    start(intervalMs = 2_000) {
      if (timer) return;
      timer = setInterval(() => {
        tick().catch((error: unknown) => log(`[emulator] traffic simulator: ${String(error)}`));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await inFlight?.catch(() => undefined);
    },
  };
}
