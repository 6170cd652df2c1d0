import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../testing/virtual-clock.ts';
import { createLoginThrottle } from './login-throttle.ts';

const ann = [{ key: 'ann', free: 3 }];

describe('login throttle', () => {
  it('allows the free failures, then blocks for 30 s, doubling with every further failure', () => {
    const clock = createVirtualClock(0);
    const throttle = createLoginThrottle({ clock });
    throttle.failed(ann);
    throttle.failed(ann);
    expect(throttle.waitMs(ann)).toBe(0);
    throttle.failed(ann); // the 3rd failure uses up the free ones
    expect(throttle.waitMs(ann)).toBe(30_000);
    clock.advance(30_000);
    expect(throttle.waitMs(ann)).toBe(0);
    throttle.failed(ann);
    expect(throttle.waitMs(ann)).toBe(60_000);
    clock.advance(60_000);
    throttle.failed(ann);
    expect(throttle.waitMs(ann)).toBe(120_000);
  });

  it('caps the block at 15 minutes', () => {
    const clock = createVirtualClock(0);
    const throttle = createLoginThrottle({ clock });
    const key = [{ key: 'k', free: 1 }];
    for (let i = 0; i < 6; i++) {
      throttle.failed(key);
      clock.advance(throttle.waitMs(key));
    }
    // Blocks so far: 30, 60, 120, 240, 480 and 900 s (960 capped), each waited out. The 7th failure is
    // still counted (no 15 quiet minutes after a block): 30 s × 2^6, capped at 900 s.
    expect(clock.now()).toBe(1_830_000);
    throttle.failed(key);
    expect(throttle.waitMs(key)).toBe(900_000);
    // After the block plus 15 quiet minutes, the key starts over: its 1st failure blocks 30 s again.
    clock.advance(900_000 + 900_000);
    throttle.failed(key);
    expect(throttle.waitMs(key)).toBe(30_000);
  });

  it('forgets failures after 15 quiet minutes, and a success clears its key', () => {
    const clock = createVirtualClock(0);
    const throttle = createLoginThrottle({ clock });
    throttle.failed(ann);
    throttle.failed(ann);
    clock.advance(15 * 60_000);
    throttle.failed(ann); // counts as the 1st again
    expect(throttle.waitMs(ann)).toBe(0);
    throttle.failed(ann);
    throttle.succeeded('ann');
    throttle.failed(ann);
    throttle.failed(ann);
    expect(throttle.waitMs(ann)).toBe(0);
  });

  it('answers with the longest wait over all keys of an attempt', () => {
    const clock = createVirtualClock(0);
    const throttle = createLoginThrottle({ clock });
    throttle.failed([{ key: 'address', free: 1 }]);
    expect(
      throttle.waitMs([
        { key: 'user', free: 5 },
        { key: 'address', free: 1 },
      ]),
    ).toBe(30_000);
  });

  it('keeps at most maxEntries keys', () => {
    const clock = createVirtualClock(0);
    const throttle = createLoginThrottle({ clock, maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) throttle.failed([{ key, free: 5 }]);
    expect(throttle.size()).toBe(3);
  });
});
