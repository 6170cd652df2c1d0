import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFastClock } from '../testing/fast-clock.ts';
import {
  createMultiInstanceBff,
  type MultiInstanceBff,
  type UpstreamCall,
} from '../testing/multi-instance-bff.ts';
import { freePort, redisServerAvailable, startRedisServer } from '../testing/redis-test-server.ts';
import { TEST_ORIGIN } from '../testing/test-bff.ts';
import { connectRedis, RedisUnavailableError } from './redis-link.ts';

if (!redisServerAvailable) {
  console.warn(
    'SKIPPED multi-instance Redis tests: no `redis-server` binary on PATH (apt-get install -y redis-server).',
  );
}

/** The emulator's fixed windows (§3): a window opens at the first call after the previous one closed. */
function callsPerWindow(calls: UpstreamCall[], windowMs = 10_000): number[] {
  const counts: number[] = [];
  let windowEnd = -Infinity;
  for (const call of [...calls].sort((a, b) => a.at - b.at)) {
    if (call.at >= windowEnd) {
      windowEnd = call.at + windowMs;
      counts.push(0);
    }
    counts[counts.length - 1] = (counts.at(-1) ?? 0) + 1;
  }
  return counts;
}

const chartPath = (event: string, range = 'today') =>
  `/api/projects/demo/chart?range=${range}&series=${encodeURIComponent(JSON.stringify([{ name: event }]))}`;

describe.skipIf(!redisServerAvailable)('two BFF instances sharing one Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let bff: MultiInstanceBff | undefined;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => redis?.stop());
  beforeEach(async () => redis.flush());
  afterEach(async () => {
    await bff?.close();
    bff = undefined;
  });

  it('a burst of 300 different charts split across both: no 429, at most 100 calls per upstream window', async () => {
    // 10x real time: the upstream's 10 s windows pass in 1 s, for the emulator and both instances alike.
    bff = await createMultiInstanceBff({
      instances: 2,
      clock: createFastClock(10),
      redisUrl: redis.url,
    });
    const [a, b] = bff.instances as [
      MultiInstanceBff['instances'][0],
      MultiInstanceBff['instances'][0],
    ];
    const statuses = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        (i % 2 === 0 ? a : b).request(chartPath(`event_${i}`)).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(bff.calls.filter((c) => c.status === 429)).toEqual([]);
    const charts = bff.calls.filter((c) => c.url.includes('/export/charts'));
    expect(charts).toHaveLength(300);
    // Both instances sent charts, and 300+ calls needed at least 4 windows of at most 100 each.
    expect(new Set(charts.map((c) => c.instance))).toEqual(new Set([0, 1]));
    const windows = callsPerWindow(bff.calls);
    expect(windows.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...windows)).toBeLessThanOrEqual(100);
  }, 60_000);

  it('identical concurrent requests on both instances cost one upstream call', async () => {
    bff = await createMultiInstanceBff({
      instances: 2,
      clock: createFastClock(1),
      redisUrl: redis.url,
    });
    const [a, b] = bff.instances as [
      MultiInstanceBff['instances'][0],
      MultiInstanceBff['instances'][0],
    ];
    const path = chartPath('screen_view', 'last_7_days');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).request(path)),
    );
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(bodies).size).toBe(1);
    expect(bff.calls.filter((c) => c.url.includes('/export/charts'))).toHaveLength(1);
    expect(bff.calls.filter((c) => c.url.includes('/manage/projects'))).toHaveLength(1);
    // And later requests on either instance are cache hits: still one call.
    await b.request(path);
    await a.request(path);
    expect(bff.calls.filter((c) => c.url.includes('/export/charts'))).toHaveLength(1);
  }, 30_000);

  it('a reference written through instance A is seen at once through instance B', async () => {
    bff = await createMultiInstanceBff({
      instances: 2,
      clock: createFastClock(1),
      redisUrl: redis.url,
    });
    const [a, b] = bff.instances as [
      MultiInstanceBff['instances'][0],
      MultiInstanceBff['instances'][0],
    ];
    const titles = async () => {
      const res = await b.request('/api/projects/demo/references');
      const body = (await res.json()) as { references: { title: string }[] };
      return body.references.map((r) => r.title);
    };
    const before = await titles(); // now cached (30 s) in Redis
    const session = await a.request('/api/session');
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const created = await a.request('/api/projects/demo/references', {
      method: 'POST',
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        origin: TEST_ORIGIN,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ title: 'Deploy 42', datetime: '2026-08-22T11:00:00.000Z' }),
    });
    expect(created.status).toBe(200);
    expect(before).not.toContain('Deploy 42');
    expect(await titles()).toContain('Deploy 42');
  }, 30_000);

  it('Redis lost mid-run: requests keep working in-process, and the loss is logged once', async () => {
    bff = await createMultiInstanceBff({
      instances: 2,
      clock: createFastClock(1),
      redisUrl: redis.url,
    });
    const [a] = bff.instances as [MultiInstanceBff['instances'][0]];
    expect((await a.request(chartPath('screen_view'))).status).toBe(200);
    await redis.stop();
    for (const event of ['a', 'b', 'c']) {
      expect((await a.request(chartPath(event))).status).toBe(200);
    }
    const lost = a.logs.filter((l) => l.includes('"redis":"lost'));
    expect(lost).toHaveLength(1);
    // Restart a server for the remaining tests of this file.
    redis = await startRedisServer();
  }, 30_000);
});

describe.skipIf(!redisServerAvailable)('REDIS_URL pointing at no Redis', () => {
  it('fails at start with a clear error', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const attempt = connectRedis({ url, scope: 'x', log: () => {} });
    await expect(attempt).rejects.toBeInstanceOf(RedisUnavailableError);
    await expect(attempt).rejects.toThrow(`REDIS_URL is set but Redis at ${url} is unreachable`);
  });
});
