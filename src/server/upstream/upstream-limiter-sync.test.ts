import { afterEach, describe, expect, it } from 'vitest';
import { createTestBff, type TestBff } from '../testing/test-bff.ts';
import { createVirtualClock } from '../testing/virtual-clock.ts';
import { createUpstreamLimiter, rateLimitHeadersOf } from './upstream-limiter.ts';

let bff: TestBff | undefined;
afterEach(() => {
  bff?.close();
  bff = undefined;
});

describe('rateLimitHeadersOf', () => {
  it('reads the three §3 headers, or nothing when one is missing or not a whole number', () => {
    const all = new Headers({
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '37',
      'x-ratelimit-reset': '4',
    });
    expect(rateLimitHeadersOf(all)).toEqual({ limit: 100, remaining: 37, reset: 4 });
    expect(rateLimitHeadersOf(new Headers({ 'x-ratelimit-limit': '100' }))).toBeNull();
    all.set('x-ratelimit-reset', 'soon');
    expect(rateLimitHeadersOf(all)).toBeNull();
  });
});

describe('limiter re-sync with the upstream window', () => {
  it('after a restart, adopts the count another process left in the window', async () => {
    const clock = createVirtualClock(0);
    const limiter = createUpstreamLimiter({ clock, windowMs: 10_000, guardMs: 500 });
    expect(await limiter.acquire('export', 'read')).toBe(0);
    // The upstream had already counted 95 before our first request: 100 − 96 = 4 remain.
    limiter.sync({ limit: 100, remaining: 4, reset: 8 }, 0);
    expect(limiter.snapshot().count).toBe(96);
    const waits = await Promise.all(
      Array.from({ length: 5 }, () => limiter.acquire('export', 'read')),
    );
    // Four fit; the fifth waits for our window's end (10 s + 0.5 s guard, later than the upstream's 8 s).
    expect(waits).toEqual([0, 0, 0, 0, 10_500]);
  });

  it("never reopens before the upstream's window ends when that window started later than ours", async () => {
    const clock = createVirtualClock(0);
    const limiter = createUpstreamLimiter({
      clock,
      windowMs: 10_000,
      guardMs: 500,
      limits: { export: 3, insights: 3, manage: 3 },
    });
    expect(await limiter.acquire('export', 'read')).toBe(0);
    clock.advance(4_000);
    // Sent at 0, answered at 4 s: the upstream's window (opened by someone else) has 10 s left.
    limiter.sync({ limit: 3, remaining: 2, reset: 10 }, 0);
    expect(limiter.snapshot().windowEnd).toBe(14_000);
    const waits = await Promise.all(
      Array.from({ length: 3 }, () => limiter.acquire('export', 'read')),
    );
    // Two fit (count 1 → 3); the third waits until 14 s, not until our own 10.5 s.
    expect(waits).toEqual([0, 0, 10_000]);
  });

  it('takes remaining 0 as a count of at least the group max', async () => {
    const clock = createVirtualClock(0);
    const limiter = createUpstreamLimiter({ clock });
    await limiter.acquire('manage', 'write');
    limiter.sync({ limit: 20, remaining: 0, reset: 6 }, 0);
    expect(limiter.snapshot().count).toBe(20);
    expect(await limiter.acquire('manage', 'write')).toBe(10_500);
  });

  it('ignores an answer to a request sent before the current window opened', async () => {
    const clock = createVirtualClock(0);
    const limiter = createUpstreamLimiter({ clock, windowMs: 10_000, guardMs: 500 });
    await limiter.acquire('export', 'read');
    clock.advance(11_000);
    await limiter.acquire('export', 'read'); // opens a new window at 11 s
    limiter.sync({ limit: 100, remaining: 0, reset: 1 }, 9_000);
    expect(limiter.snapshot()).toMatchObject({ windowStart: 11_000, windowEnd: 21_500, count: 1 });
  });

  it('through the BFF: a window mostly used by another process causes no upstream 429', async () => {
    bff = await createTestBff();
    await bff.request('/api/projects'); // 1 upstream hit (manage)
    const clientId = bff.emu.as('root')['openpanel-client-id'] as string;
    // Another BFF instance with the same client id uses 89 more of the shared window (§3).
    for (let i = 0; i < 89; i++) bff.emu.ctx.limiter.hit(clientId, 'export');
    const chart = (i: number) =>
      `/api/projects/demo/chart?range=today&series=${encodeURIComponent(JSON.stringify([{ name: `e${i}` }]))}`;
    expect((await bff.request(chart(0))).status).toBe(200); // upstream count 91, remaining 9
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => bff!.request(chart(i + 1)).then((r) => r.status)),
    );
    expect(statuses).toEqual(Array(30).fill(200));
    expect(bff.calls.filter((c) => c.status === 429)).toEqual([]);
    expect(bff.calls).toHaveLength(32);
  });
});
