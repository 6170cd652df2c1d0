import type { Clock } from '../upstream/clock.ts';

/**
 * A clock for tests that never waits real time: `sleep` parks the caller, and once the event loop has had a
 * couple of turns to run everything else, the clock jumps to the earliest parked deadline and wakes it.
 */
export function createVirtualClock(start = Date.parse('2026-08-22T12:00:00.000Z')) {
  let now = start;
  const sleepers: { at: number; seq: number; resolve: () => void }[] = [];
  let seq = 0;
  let scheduled = false;

  function wakeNext() {
    scheduled = false;
    sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = sleepers.shift();
    if (!next) return;
    now = Math.max(now, next.at);
    next.resolve();
    schedule();
  }
  function schedule() {
    if (scheduled || sleepers.length === 0) return;
    scheduled = true;
    setImmediate(() => setImmediate(wakeNext));
  }

  const clock: Clock & { advance(ms: number): void; sleeps: number[] } = {
    now: () => now,
    sleeps: [],
    sleep(ms: number) {
      clock.sleeps.push(ms);
      return new Promise<void>((resolve) => {
        sleepers.push({ at: now + Math.max(0, ms), seq: seq++, resolve });
        schedule();
      });
    },
    advance(ms: number) {
      now += ms;
    },
  };
  return clock;
}
