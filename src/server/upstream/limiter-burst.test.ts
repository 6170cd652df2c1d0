import { afterEach, describe, expect, it } from 'vitest';
import { createTestBff, TEST_ORIGIN, type TestBff } from '../testing/test-bff.ts';
import { createVirtualClock } from '../testing/virtual-clock.ts';
import { createUpstreamLimiter } from './upstream-limiter.ts';

let bff: TestBff;
afterEach(async () => bff?.close());

describe('the upstream limiter', () => {
  it('admits 20 manage then holds the 21st until the window (+ guard) has passed', async () => {
    const clock = createVirtualClock(0);
    const limiter = createUpstreamLimiter({ clock, windowMs: 10_000, guardMs: 500 });
    const waits = await Promise.all(
      Array.from({ length: 21 }, () => limiter.acquire('manage', 'read')),
    );
    expect(waits.slice(0, 20)).toEqual(Array(20).fill(0));
    expect(waits[20]).toBe(10_500);
  });

  it('counts export and manage in one window: after 20 export calls a manage call waits', async () => {
    const clock = createVirtualClock(0);
    const limiter = createUpstreamLimiter({ clock, windowMs: 10_000, guardMs: 500 });
    await Promise.all(Array.from({ length: 20 }, () => limiter.acquire('export', 'read')));
    expect(await limiter.acquire('export', 'read')).toBe(0);
    expect(await limiter.acquire('manage', 'write')).toBe(10_500);
  });

  it('serves a queued write before reads queued earlier when the window opens', async () => {
    const clock = createVirtualClock(0);
    const limiter = createUpstreamLimiter({
      clock,
      windowMs: 10_000,
      guardMs: 0,
      limits: { export: 2, insights: 2, manage: 2 },
    });
    const order: string[] = [];
    const go = (name: string, priority: 'read' | 'write') =>
      limiter.acquire('export', priority).then(() => order.push(name));
    await Promise.all([
      go('r1', 'read'),
      go('r2', 'read'),
      go('r3', 'read'),
      go('r4', 'read'),
      go('w', 'write'),
    ]);
    expect(order).toEqual(['r1', 'r2', 'w', 'r3', 'r4']);
  });

  it('a burst of 300 chart requests causes no upstream 429, and a write issued mid-burst succeeds early', async () => {
    bff = await createTestBff();
    await bff.request('/api/projects');
    const session = await bff.request('/api/session');
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const done: string[] = [];
    const reads = Array.from({ length: 300 }, (_, i) => {
      const series = encodeURIComponent(JSON.stringify([{ name: `event_${i}` }]));
      return bff.request(`/api/projects/demo/chart?range=today&series=${series}`).then((r) => {
        done.push('read');
        return r.status;
      });
    });
    const write = bff
      .request('/api/projects/demo/references', {
        method: 'POST',
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          origin: TEST_ORIGIN,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ title: 'Deploy', datetime: '2026-08-22T11:00:00.000Z' }),
      })
      .then((r) => {
        done.push('write');
        return r.status;
      });
    const statuses = await Promise.all(reads);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(await write).toBe(200);
    expect(bff.calls.filter((c) => c.status === 429)).toEqual([]);
    // The write did not wait behind the 200 queued reads: it went first in the next window (10.5 s),
    // while the last reads needed a third window.
    const lines = bff.logs.map(
      (l) => JSON.parse(l) as { method: string; route: string; limiterWaitMs: number },
    );
    const writeWait = lines.find((l) => l.method === 'POST')?.limiterWaitMs ?? -1;
    const readWaits = lines
      .filter((l) => l.route === '/api/projects/:projectId/chart')
      .map((l) => l.limiterWaitMs);
    expect(writeWait).toBeGreaterThan(0);
    expect(writeWait).toBeLessThanOrEqual(10_500);
    expect(Math.max(...readWaits)).toBeGreaterThanOrEqual(21_000);
    expect(done).toHaveLength(301);
  }, 120_000);
});
