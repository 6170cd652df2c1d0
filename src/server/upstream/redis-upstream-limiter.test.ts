import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { redisServerAvailable, startRedisServer } from '../testing/redis-test-server.ts';
import { createVirtualClock } from '../testing/virtual-clock.ts';
import { connectRedis, type RedisLink } from './redis-link.ts';
import { createRedisUpstreamLimiter } from './redis-upstream-limiter.ts';
import { createUpstreamLimiter, type LimitGroup } from './upstream-limiter.ts';

if (!redisServerAvailable) {
  console.warn('SKIPPED Redis limiter tests: no `redis-server` binary on PATH.');
}

describe.skipIf(!redisServerAvailable)('the Redis-shared upstream limiter', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let links: RedisLink[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => redis?.stop());
  afterEach(async () => {
    await Promise.all(links.map((link) => link.close()));
    links = [];
    await redis.flush();
  });

  /** Two instances' limiters on one virtual clock (only waits move it). */
  async function twoInstances(options: { guardMs: number; limits?: Record<LimitGroup, number> }) {
    const clock = createVirtualClock(0);
    const make = async () => {
      const link = await connectRedis({ url: redis.url, scope: 'limiter-test', log: () => {} });
      links.push(link);
      const limiter = createRedisUpstreamLimiter({
        link,
        clock,
        fallback: createUpstreamLimiter({ clock, ...options }),
        windowMs: 10_000,
        ...options,
      });
      return { link, limiter };
    };
    return [await make(), await make()] as const;
  }

  it('counts both instances in one window: the 21st manage call of either waits for the next', async () => {
    const [a, b] = await twoInstances({ guardMs: 500 });
    const first = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).limiter.acquire('manage', 'read')),
    );
    expect(first).toEqual(Array(20).fill(0));
    expect(await b.limiter.acquire('manage', 'read')).toBe(10_500);
  });

  it("adopts one instance's x-ratelimit headers for all: the other waits until the upstream reset", async () => {
    const [a, b] = await twoInstances({ guardMs: 500 });
    expect(await a.limiter.acquire('export', 'read')).toBe(0);
    // The upstream says: 0 left, 12 s to go (someone else used the client id too).
    a.limiter.sync({ limit: 100, remaining: 0, reset: 12 }, 0);
    await a.link.client.ping(); // same connection: the sync has been applied
    expect(await b.limiter.acquire('export', 'read')).toBe(12_000);
  });

  it('a write waiting on one instance goes before reads queued earlier on the other', async () => {
    const [a, b] = await twoInstances({
      guardMs: 0,
      limits: { export: 2, insights: 2, manage: 2 },
    });
    await Promise.all([a.limiter.acquire('export', 'read'), a.limiter.acquire('export', 'read')]);
    const reads = [b.limiter.acquire('export', 'read'), b.limiter.acquire('export', 'read')];
    const write = a.limiter.acquire('manage', 'write');
    // Window 2 opens at 10 000: one read and the write fit; the second read needs window 3. The fast clock
    // runs on real time, so a grant can land a tick after the window opens: compare windows, not instants.
    const windowOf = (t: number) => Math.floor(t / 10_000);
    expect(windowOf(await write)).toBe(1);
    expect((await Promise.all(reads)).map(windowOf).sort()).toEqual([1, 2]);
  });

  it('a 429 seen by one instance holds the other until retry-after', async () => {
    const [a, b] = await twoInstances({ guardMs: 500 });
    expect(await a.limiter.acquire('export', 'read')).toBe(0);
    a.limiter.blockUntil(3_000);
    await a.link.client.ping();
    expect(await b.limiter.acquire('export', 'read')).toBe(3_000);
  });
});
