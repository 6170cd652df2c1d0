import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBff, TEST_ORIGIN, type TestBff } from '../testing/test-bff.ts';

let bff: TestBff;
beforeAll(async () => {
  bff = await createTestBff();
});
afterAll(async () => bff.close());

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const UNKNOWN_PATHS = [
  '/api',
  '/api/',
  '/api/export/events',
  '/api/export/charts',
  '/api/manage/clients',
  '/api/manage/projects',
  '/api/insights/demo/live',
  '/api/projects/demo',
  '/api/projects/demo/clients',
  '/api/projects/demo/chart/extra',
  '/api/projects/demo/references/x/y',
  '/api/projects/demo/live/extra',
  '/api/projects/demo/events/new',
  '/api/projects/demo/events/new-count/x',
  '/api/projects/demo/metrics',
  '/api/share',
  '/api/session/whoami',
  '/api/../manage/clients',
  '/api/projects/..%2F..%2Fmanage%2Fclients/chart',
  '/api/proxy?url=http://169.254.169.254/',
  '/api/projects/demo/chart/../../../manage/clients',
  '/api/projects/%2e%2e/chart',
];
/** Known read paths with parameters that must fail validation before any upstream call. */
const BAD_QUERIES = [
  '/api/projects/demo/chart',
  '/api/projects/demo/chart?series=notjson',
  '/api/projects/demo/chart?series=[]',
  '/api/projects/demo/chart?series=[{"name":""}]',
  '/api/projects/demo/chart?series=[{"name":"a"}]&range=last_90_days',
  '/api/projects/demo/chart?series=[{"name":"a"}]&interval=year',
  '/api/projects/demo/chart?series=[{"name":"a"}]&startDate=2024-04-01',
  '/api/projects/demo/chart?series=[{"name":"a"}]&startDate=20240401&endDate=2024-04-02',
  '/api/projects/demo/chart?series=[{"name":"a"}]&previous=1',
  '/api/projects/demo/chart?series=[{"name":"a"}]&url=http://evil.test',
  '/api/projects/demo/chart?series=[{"name":"a"}]&series=[{"name":"b"}]',
  '/api/projects/demo/events?limit=0',
  '/api/projects/demo/events?limit=5000',
  '/api/projects/demo/events?page=-1',
  '/api/projects/demo/events?filters={}',
  '/api/projects/demo/events?includes=profile;drop',
  '/api/projects/demo/events?projectId=blog',
  '/api/projects/demo/events?event=',
  '/api/projects/demo/events?event=[]',
  '/api/projects/demo/events?before=2026-08-22',
  '/api/projects/demo/events?after=yesterday',
  '/api/projects/demo/events?start=2026-08-01&start=2026-08-02',
  '/api/projects/demo/live?x=1',
  '/api/projects/demo/live?projectId=blog',
  '/api/projects/demo/events/new-count',
  '/api/projects/demo/events/new-count?since=2026-08-22',
  '/api/projects/demo/events/new-count?since=2026-08-22T11:00:00Z&limit=5',
  '/api/projects/demo/events/new-count?since=2026-08-22T11:00:00Z&since=2026-08-22T12:00:00Z',
  '/api/projects/demo/events/new-count?since=2026-08-22T11:00:00Z&filters={}',
  '/api/projects/demo/funnel?steps=[{"name":"a"}]',
  '/api/projects/demo/funnel?steps=[{"name":"a"},{"name":"b"}]&windowHours=0',
  '/api/projects/demo/funnel?steps=[{"name":"a"},{"name":"b"}]&groupBy=device_id',
  '/api/projects/demo/property-values?event=a',
  '/api/projects/demo/event-names?x=1',
  '/api/projects/demo/references/not-a-uuid',
  '/api/projects/de%20mo/chart?series=[{"name":"a"}]',
  '/api/projects/demo.evil.test/events',
];
const KNOWN_PATHS = [
  '/api/config',
  '/api/session',
  '/api/session/login',
  '/api/projects',
  '/api/projects/demo/chart',
  '/api/projects/demo/event-names',
  '/api/projects/demo/references',
  '/api/projects/demo/live',
  '/api/projects/demo/events/new-count',
  '/api/share-links',
];

/** Deterministic generation: every unknown path × method × junk query, plus wrong methods and bad params. */
function* generatedRequests(): Generator<[string, string]> {
  const junk = ['', '?a=1', '?projectId=blog', '?__proto__=x', '?url=http%3A%2F%2F127.0.0.1%3A22'];
  for (const path of UNKNOWN_PATHS)
    for (const method of METHODS) for (const q of junk) yield [method, path + q];
  for (const path of KNOWN_PATHS)
    for (const method of ['PUT', 'MKCOL', 'PROPPATCH', 'PROPFIND']) yield [method, path];
  for (const path of [
    '/api/projects',
    '/api/config',
    '/api/projects/demo/chart',
    '/api/projects/demo/events',
    '/api/projects/demo/live',
    '/api/projects/demo/events/new-count',
  ]) {
    for (const method of ['POST', 'PATCH', 'DELETE']) yield [method, path];
  }
  for (let i = 0; i < 8; i += 1)
    for (const path of BAD_QUERIES)
      yield ['GET', `${path}${path.includes('?') ? '&' : '?'}n=${i}`.replace(/[&?]n=0$/, '')];
  for (let i = 0; i < 200; i += 1)
    yield [METHODS[i % METHODS.length] as string, `/api/v${i}/projects/demo/chart`];
}

describe('the /api allowlist', () => {
  it('answers 1,000+ non-allowlisted requests with 4xx and makes zero upstream calls', async () => {
    await bff.request('/api/projects'); // the project list is warm, so validation runs before anything else
    const before = bff.calls.length;
    const requests = [...generatedRequests()];
    expect(requests.length).toBeGreaterThanOrEqual(1000);
    for (const [method, path] of requests) {
      const res = await bff.request(path, {
        method,
        headers:
          method === 'GET' ? {} : { origin: TEST_ORIGIN, 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      if (res.status < 400 || res.status >= 500)
        throw new Error(`${method} ${path} → ${res.status}`);
      // `/api/../x` is normalised by URL parsing to `/x`: outside /api it is the SPA's plain 404.
      if (new URL(path, TEST_ORIGIN).pathname.startsWith('/api/')) {
        const body = (await res.json()) as { error: { code: string } };
        expect(typeof body.error.code).toBe('string');
      }
    }
    expect(bff.calls.length).toBe(before);
  });

  it('gives field details for a bad chart query', async () => {
    const res = await bff.request(
      '/api/projects/demo/chart?series=[{"name":""}]&range=last_90_days',
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; details: Record<string, string[]> };
    };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.details['series.0.name']).toEqual(['Pick an event']);
    expect(Object.keys(body.error.details)).toContain('range');
  });

  it('answers 405 for a known path with another method and 404 for an unknown one', async () => {
    expect(
      (await bff.request('/api/projects', { method: 'DELETE', headers: { origin: TEST_ORIGIN } }))
        .status,
    ).toBe(405);
    expect((await bff.request('/api/manage/clients')).status).toBe(404);
  });
});

describe('the live-data paths are allowlisted', () => {
  it('serves /live and /events/new-count with 200 for valid queries', async () => {
    const live = await bff.request('/api/projects/demo/live');
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ visitors: 0 });
    const since = encodeURIComponent('2026-08-22T11:00:00.000Z');
    const fresh = await bff.request(`/api/projects/demo/events/new-count?since=${since}`);
    expect(fresh.status).toBe(200);
    expect(await fresh.json()).toEqual({ count: 0, newest: null });
  });
});
