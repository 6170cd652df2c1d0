import { afterEach, describe, expect, it } from 'vitest';
import { createTestBff, type TestBff } from '../testing/test-bff.ts';
import type { FetchLike } from './upstream-transport.ts';

let bff: TestBff;
afterEach(async () => bff?.close());

const chartPath = (name = 'screen_view') =>
  `/api/projects/demo/chart?range=7d&series=${encodeURIComponent(JSON.stringify([{ name }]))}`;

/** Fails the first `n` calls to /export/charts with the given response, then lets them through. */
function failCharts(n: number, make: () => Response): (inner: FetchLike) => FetchLike {
  let left = n;
  return (inner) => async (url, init) => {
    if (url.includes('/export/charts') && left > 0) {
      left -= 1;
      return make();
    }
    return inner(url, init);
  };
}

describe('the upstream client', () => {
  it('retries a GET after plain-text 500s with growing backoff, then succeeds', async () => {
    bff = await createTestBff({
      wrapFetch: failCharts(2, () => new Response('Internal server error', { status: 500 })),
    });
    const res = await bff.request(chartPath());
    expect(res.status).toBe(200);
    // random() = 0.5 → 75 % of 200 ms, then of 400 ms.
    expect(bff.clock.sleeps.filter((ms) => ms < 1000)).toEqual([150, 300]);
  });

  it('gives up after 3 retries with 502 upstream_error and the upstream status', async () => {
    bff = await createTestBff({
      wrapFetch: failCharts(10, () => new Response('Internal server error', { status: 500 })),
    });
    const res = await bff.request(chartPath());
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({
      error: {
        code: 'upstream_error',
        message: 'OpenPanel answered with an error.',
        upstreamStatus: 500,
      },
    });
  });

  it('honours retry-after on a 429 and never counts it as a success', async () => {
    const limited = () =>
      new Response(
        JSON.stringify({
          status: 429,
          error: 'Too Many Requests',
          message: 'You have exceeded the rate limit for this endpoint.',
        }),
        {
          status: 429,
          headers: { 'retry-after': '7', 'content-type': 'application/json' },
        },
      );
    bff = await createTestBff({ wrapFetch: failCharts(1, limited) });
    const started = bff.clock.now();
    const res = await bff.request(chartPath());
    expect(res.status).toBe(200);
    expect(bff.clock.now() - started).toBeGreaterThanOrEqual(7000);
  });

  it('answers 504 timeout when the upstream never responds', async () => {
    const hang: (inner: FetchLike) => FetchLike = (inner) => (url, init) =>
      url.includes('/export/charts')
        ? new Promise<Response>((_, reject) =>
            init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
          )
        : inner(url, init);
    bff = await createTestBff({ wrapFetch: hang, env: { UPSTREAM_TIMEOUT_MS: '20' } });
    const res = await bff.request(chartPath());
    expect(res.status).toBe(504);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('timeout');
  });

  it('answers 503 upstream_unavailable after network errors', async () => {
    const down: (inner: FetchLike) => FetchLike = (inner) => (url, init) =>
      url.includes('/export/charts')
        ? Promise.reject(new TypeError('fetch failed'))
        : inner(url, init);
    bff = await createTestBff({ wrapFetch: down });
    const res = await bff.request(chartPath());
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'upstream_unavailable',
    );
    expect(bff.calls.filter((c) => c.url.includes('/export/charts'))).toHaveLength(0);
  });

  it('coalesces 100 concurrent identical requests into 1 upstream call, then serves the cache', async () => {
    bff = await createTestBff();
    await bff.request('/api/projects'); // warm the project list
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => bff.request(chartPath())),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(bff.calls.filter((c) => c.url.includes('/export/charts'))).toHaveLength(1);
    await bff.request(chartPath());
    expect(bff.calls.filter((c) => c.url.includes('/export/charts'))).toHaveLength(1);
    expect(JSON.parse(bff.logs.at(-1) as string)).toMatchObject({ cache: 'hit', upstreamCalls: 0 });
  });

  it('stops caching after the TTL', async () => {
    bff = await createTestBff({ cacheTtlMs: 1000 });
    await bff.request(chartPath());
    bff.clock.advance(1001);
    await bff.request(chartPath());
    expect(bff.calls.filter((c) => c.url.includes('/export/charts'))).toHaveLength(2);
  });
});
