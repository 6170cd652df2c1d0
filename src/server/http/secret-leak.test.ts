import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBff, TEST_ORIGIN, type TestBff } from '../testing/test-bff.ts';
import type { FetchLike } from '../upstream/upstream-transport.ts';

let bff: TestBff;
let flaky = 0;
beforeAll(async () => {
  // Every third analytics call fails, so error paths are covered too.
  const wrap =
    (inner: FetchLike): FetchLike =>
    async (url, init) => {
      flaky += 1;
      if (url.includes('/export/events') && flaky % 3 === 0)
        throw new TypeError(`connect ECONNREFUSED ${url}`);
      return inner(url, init);
    };
  bff = await createTestBff({
    wrapFetch: wrap,
    emulator: {
      events: [{ name: 'screen_view', created_at: new Date('2026-08-22T09:00:00.000Z') }],
    },
  });
});
afterAll(async () => bff.close());

describe('the client secret', () => {
  it('never appears in a response byte or a log line, and session tokens stay out of the log', async () => {
    const session = await bff.request('/api/session');
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const sessionToken = cookie.split('=')[1] as string;
    const texts: string[] = [];
    const series = encodeURIComponent(JSON.stringify([{ name: 'screen_view' }]));
    const paths = [
      '/api/config',
      '/api/projects',
      `/api/projects/demo/chart?series=${series}`,
      '/api/projects/demo/events',
      '/api/projects/demo/events?page=2',
      '/api/projects/demo/events?limit=3',
      '/api/projects/demo/funnel?steps=[{"name":"a"},{"name":"b"}]',
      '/api/projects/demo/references',
      '/api/projects/demo/references/00000000-0000-4000-8000-000000000000',
      '/api/projects/nope/events',
      '/api/nowhere',
      '/readyz',
    ];
    for (const path of paths) {
      const res = await bff.request(path, { headers: { cookie } });
      texts.push(JSON.stringify([...res.headers]), await res.text());
    }
    const write = await bff.request('/api/projects/demo/references', {
      method: 'POST',
      headers: {
        cookie,
        origin: TEST_ORIGIN,
        'content-type': 'application/json',
        'x-csrf-token': 'wrong',
      },
      body: '{}',
    });
    texts.push(JSON.stringify([...write.headers]), await write.text());
    expect(bff.logs.length).toBeGreaterThanOrEqual(paths.length + 1);
    for (const text of [...texts, ...bff.logs]) expect(text).not.toContain(bff.secret);
    for (const line of bff.logs) expect(line).not.toContain(sessionToken);
  });
});
