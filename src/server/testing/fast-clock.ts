import type { Clock } from '../upstream/clock.ts';

/**
 * Real time, sped up `factor` times: for tests where real I/O (Redis, timers) must interleave with the
 * upstream's 10 s windows. With factor 10, a 10 s window passes in 1 s of real time. Share ONE such clock
 * between the emulator's rate limiter and every BFF instance, so they all see the same windows.
 */
export function createFastClock(factor: number, start = Date.parse('2026-08-22T12:00:00.000Z')) {
  const realStart = Date.now();
  const clock: Clock = {
    now: () => start + (Date.now() - realStart) * factor,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms) / factor)),
  };
  return clock;
}
