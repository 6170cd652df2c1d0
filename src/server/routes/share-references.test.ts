import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password-hash.ts';
import { createTestBff, TEST_ORIGIN, type TestBff } from '../testing/test-bff.ts';

/**
 * A chart share token lists only the references its chart draws: the window runs from the first bucket's
 * start to the end of the last bucket, in the organization's zone (Europe/Stockholm, CEST = UTC+2 in August).
 */
const TZ = 'Europe/Stockholm';
let bff: TestBff;
let editor: { cookie: string; csrf: string };

const at = (iso: string) => ({ name: 'screen_view', created_at: iso, session_id: 's1' });

async function login(username: string, password: string) {
  const res = await bff.request('/api/session/login', {
    method: 'POST',
    headers: { origin: TEST_ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const writeHeaders = () => ({
  cookie: editor.cookie,
  'x-csrf-token': editor.csrf,
  origin: TEST_ORIGIN,
  'content-type': 'application/json',
});

async function addReference(projectId: string, title: string, datetime: string) {
  const res = await bff.request(`/api/projects/${projectId}/references`, {
    method: 'POST',
    headers: writeHeaders(),
    body: JSON.stringify({ title, datetime }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { reference: { id: string } }).reference.id;
}

async function share(view: 'chart' | 'funnel', projectId: string, search: string) {
  const res = await bff.request('/api/share-links', {
    method: 'POST',
    headers: writeHeaders(),
    body: JSON.stringify({ view, projectId, search }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function titlesWith(headers: Record<string, string>) {
  const res = await bff.request('/api/projects/demo/references', { headers });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { references: { title: string }[] };
  return body.references.map((r) => r.title).sort();
}

async function errorOf(res: Response) {
  return [res.status, ((await res.json()) as { error: { code: string } }).error.code];
}

const series = (name: string) => encodeURIComponent(JSON.stringify([{ name }]));
// Days 3–5 Aug: buckets 3, 4 and 5 Aug (events on the first and last day), drawn from 2 Aug 22:00Z to 5 Aug 22:00Z.
const daySearch = `series=${series('screen_view')}&startDate=2026-08-03&endDate=2026-08-05&interval=day`;
// 4 Aug 10:00–11:59 by hour: buckets 10:00 (filled) and 11:00 (an event), drawn from 08:00Z to 10:00Z.
const hourSearch = `series=${series('screen_view')}&startDate=2026-08-04T10:00:00&endDate=2026-08-04T11:59:59&interval=hour`;

beforeAll(async () => {
  bff = await createTestBff({
    emulator: {
      timezone: TZ,
      events: [at('2026-08-03T08:00:00Z'), at('2026-08-04T09:30:00Z'), at('2026-08-05T08:00:00Z')],
    },
    env: { OPENPANEL_TIMEZONE: TZ },
    access: {
      mode: 'password',
      users: [
        {
          name: 'ed',
          role: 'editor',
          hash: await hashPassword('ed-pw', { n: 1024, r: 8, p: 1 }),
        },
      ],
      roleHashes: [],
    },
  });
  editor = await login('ed', 'ed-pw');
  await addReference('demo', 'before', '2026-08-02T21:59:59.000Z');
  await addReference('demo', 'first instant', '2026-08-02T22:00:00.000Z');
  await addReference('demo', 'eleven thirty', '2026-08-04T09:30:00.000Z');
  await addReference('demo', 'noon', '2026-08-04T12:00:00.000Z');
  await addReference('demo', 'last minute', '2026-08-05T21:59:00.000Z');
  await addReference('demo', 'after', '2026-08-05T22:00:00.000Z');
  await addReference('blog', 'other project', '2026-08-04T12:00:00.000Z');
});
afterAll(async () => bff.close());

describe('references through a chart share link', () => {
  it('day chart: only the references inside the drawn days, and the chart answer is reused', async () => {
    const token = await share('chart', 'demo', daySearch);
    const h = { 'x-share-token': token };
    expect(
      (await bff.request(`/api/projects/demo/chart?${daySearch}`, { headers: h })).status,
    ).toBe(200);
    const chartCalls = bff.calls.filter((call) => call.url.includes('/export/charts')).length;
    expect(await titlesWith(h)).toEqual(['eleven thirty', 'first instant', 'last minute', 'noon']);
    // The window came from the cached chart answer: no second upstream chart request.
    expect(bff.calls.filter((call) => call.url.includes('/export/charts')).length).toBe(chartCalls);
  });

  it('hour chart: only the two drawn hours', async () => {
    const token = await share('chart', 'demo', hourSearch);
    expect(await titlesWith({ 'x-share-token': token })).toEqual(['eleven thirty']);
  });

  it('a chart with nothing to draw lists no references', async () => {
    const search = `series=${series('never_happened')}&startDate=2026-08-03&endDate=2026-08-05`;
    const token = await share('chart', 'demo', search);
    expect(await titlesWith({ 'x-share-token': token })).toEqual([]);
  });

  it('the visitor cannot widen the window with a query', async () => {
    const token = await share('chart', 'demo', daySearch);
    const res = await bff.request('/api/projects/demo/references?startDate=2020-01-01', {
      headers: { 'x-share-token': token },
    });
    expect(await errorOf(res)).toEqual([400, 'bad_request']);
  });

  it('refuses tokens for another project, funnel tokens, tampered tokens and no token', async () => {
    const blog = await share('chart', 'blog', daySearch);
    const funnel = await share('funnel', 'demo', 'steps=%5B%5D');
    const good = await share('chart', 'demo', daySearch);
    const [body, sig] = good.split('.') as [string, string];
    const get = (headers: Record<string, string>) =>
      bff.request('/api/projects/demo/references', { headers });
    expect(await errorOf(await get({ 'x-share-token': blog }))).toEqual([403, 'forbidden']);
    expect(await errorOf(await get({ 'x-share-token': funnel }))).toEqual([403, 'forbidden']);
    expect(await errorOf(await get({ 'x-share-token': `${body}.${sig.slice(0, -2)}AA` }))).toEqual([
      403,
      'share_invalid',
    ]);
    expect(await errorOf(await get({}))).toEqual([401, 'unauthenticated']);
  });

  it('a session still gets the full list', async () => {
    expect(await titlesWith({ cookie: editor.cookie })).toEqual([
      'after',
      'before',
      'eleven thirty',
      'first instant',
      'last minute',
      'noon',
    ]);
  });

  it('writes with a share token are still refused', async () => {
    const token = await share('chart', 'demo', daySearch);
    const id = await addReference('demo', 'target', '2026-08-10T12:00:00.000Z');
    const h = { 'x-share-token': token, origin: TEST_ORIGIN, 'content-type': 'application/json' };
    const body = JSON.stringify({ title: 'x', datetime: '2026-08-04T12:00:00.000Z' });
    const path = '/api/projects/demo/references';
    expect(await errorOf(await bff.request(path, { method: 'POST', headers: h, body }))).toEqual([
      401,
      'unauthenticated',
    ]);
    expect(
      await errorOf(await bff.request(`${path}/${id}`, { method: 'PATCH', headers: h, body })),
    ).toEqual([401, 'unauthenticated']);
    expect(
      await errorOf(await bff.request(`${path}/${id}`, { method: 'DELETE', headers: h })),
    ).toEqual([401, 'unauthenticated']);
  });
});
