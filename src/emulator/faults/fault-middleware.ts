import type { Context, Next } from 'hono';
import type { FaultRegistry } from './fault-registry.ts';
import { faultResponse } from './fault-response.ts';

/** The global timer (not timers/promises), so tests can drive delays with fake timers. */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Requests to the admin routes themselves are never faulted. */
export const FAULTS_ADMIN_PATH = '/__faults';

interface NodeBindings {
  outgoing?: { destroy(): void };
}

/**
 * A 200 whose body fails while being read. Only reached in-process (`app.request`), where there is no
 * socket to destroy: `res.json()`/`res.text()` reject with a TypeError like a connection reset mid-body,
 * and `x-emulator-fault: drop` lets a test's fetch adapter turn it into a rejected fetch instead.
 */
function brokenResponse(): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.error(new TypeError('fetch failed: connection dropped by an injected fault'));
    },
  });
  return new Response(body, { status: 200, headers: { 'x-emulator-fault': 'drop' } });
}

/**
 * Registered before every other route, so it can intercept anything (including 404 paths). Under
 * @hono/node-server `c.env.outgoing` is Node's ServerResponse: destroying it closes the socket without a
 * response, which clients see as a network error (ECONNRESET / `fetch failed`).
 */
export function faultMiddleware(registry: FaultRegistry) {
  return async (c: Context, next: Next): Promise<Response | void> => {
    const path = new URL(c.req.url).pathname;
    if (path === FAULTS_ADMIN_PATH) return next();
    const fault = registry.take(c.req.method, path);
    if (!fault) return next();
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.drop) {
      const outgoing = (c.env as NodeBindings | undefined)?.outgoing;
      if (outgoing) outgoing.destroy();
      return brokenResponse();
    }
    if (fault.invalidJson || fault.status !== undefined) return faultResponse(fault);
    return next();
  };
}
