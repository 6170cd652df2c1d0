import type { EmulatorDb } from './store/emulator-db.ts';
import type { RateLimiter } from './http/rate-limiter.ts';

/** Everything a route handler may touch. One per emulator instance; tests build their own. */
export interface EmulatorContext {
  db: EmulatorDb;
  /** The emulator's clock: real time, or fixed by EMULATOR_NOW for deterministic tests and demos. */
  now(): Date;
  limiter: RateLimiter;
  /** Serve the seed's `GET /export/funnel` (the real server answers 404 there; tests switch it off). */
  exportFunnel: boolean;
}
