import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * shared/openpanel-api.md §4 (`GET /export/events`), black-box. The clock is 2026-08-22T12:00:00Z.
 * e1 is 6 h old (inside the 0.5-day look-back), e2 16 h old, e3 12 days, e4 from 2025.
 */
let emu: TestEmulator;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

beforeAll(async () => {
  emu = await createTestEmulator({
    events: [
      {
        name: 'screen_view',
        created_at: '2026-08-22T06:00:00.120Z',
        device_id: 'd1',
        profile_id: 'd1',
        session_id: 's1',
        country: 'SE',
        city: 'Stockholm',
        region: 'Stockholm County',
        os: 'macOS',
        os_version: '10.15.7',
        browser: 'Chrome',
        browser_version: '126.0.0.0',
        device: 'desktop',
        brand: 'Apple',
        model: 'Macintosh',
        path: '/',
        origin: 'https://shop.example.com',
        referrer: 'https://www.google.com',
        referrer_name: 'Google',
        referrer_type: 'search',
        sdk_name: 'web',
        sdk_version: '1.0.0',
        duration: 1234,
        properties: { '__query.utm_source': 'nl', plan: 'pro' },
        groups: ['g1'],
      },
      {
        name: 'signup',
        created_at: '2026-08-21T20:00:00Z',
        device_id: 'd1',
        profile_id: 'user_1',
        session_id: 's1',
      },
      {
        name: 'screen_view',
        created_at: '2026-08-10T00:00:00Z',
        device_id: 'd2',
        profile_id: 'd2',
      },
      {
        name: 'screen_view',
        created_at: '2025-01-01T00:00:00Z',
        device_id: 'd3',
        profile_id: 'd3',
      },
    ],
  });
  await emu.db.run(
    `INSERT INTO profiles (id, project_id, first_name, last_name, email, avatar, properties, is_external,
       created_at, last_seen_at, groups)
     VALUES ('user_1', 'demo', 'Ada', 'L', 'ada@example.com', '', '{"plan":"pro","a.b":"c"}', true,
       '2026-07-01 10:00:00'::TIMESTAMP_MS, '2026-08-21 20:00:00'::TIMESTAMP_MS, [])`,
  );
});
afterAll(() => emu.close());

interface Body {
  meta: { count: number; totalCount: number; pages: number; current: number };
  data: Record<string, unknown>[];
}
async function list(query: string): Promise<Body> {
  const res = await emu.get(`/export/events?${query}`, 'read');
  expect(res.status).toBe(200);
  return (await res.json()) as Body;
}
const ids = (body: Body) => body.data.map((e) => e.id);

describe('§4.3 the event object', () => {
  it('default keys, order and values, raw bytes', async () => {
    const res = await emu.get('/export/events', 'read');
    const text = await res.text();
    expect(text).toBe(
      '{"meta":{"count":1,"totalCount":4,"pages":1,"current":1},"data":[{' +
        `"id":"${id(1)}","name":"screen_view","deviceId":"d1","profileId":"d1","projectId":"demo",` +
        '"sessionId":"s1","createdAt":"2026-08-22T06:00:00.120Z","country":"SE","city":"Stockholm",' +
        '"os":"macOS","browser":"Chrome","path":"/","groups":[]}]}',
    );
  });

  it('everything included: full key order, no duration, no meta, importedAt omitted when null', async () => {
    const all =
      'properties,region,longitude,latitude,osVersion,browserVersion,device,brand,model,origin,referrer,' +
      'referrerName,referrerType,meta,importedAt,sdkName,sdkVersion,profile,revenue,groups,duration';
    const body = await list(`includes=${all}`);
    expect(Object.keys(body.data[0]!)).toEqual([
      'id',
      'name',
      'deviceId',
      'profileId',
      'projectId',
      'sessionId',
      'properties',
      'createdAt',
      'country',
      'city',
      'region',
      'longitude',
      'latitude',
      'os',
      'osVersion',
      'browser',
      'browserVersion',
      'device',
      'brand',
      'model',
      'path',
      'origin',
      'referrer',
      'referrerName',
      'referrerType',
      'sdkName',
      'sdkVersion',
      'profile',
      'revenue',
      'groups',
    ]);
    expect(body.data[0]).toMatchObject({
      properties: { '__query.utm_source': 'nl', plan: 'pro' },
      longitude: null,
      latitude: null,
      revenue: 0,
      groups: ['g1'],
      device: 'desktop',
    });
  });

  it('the anonymous profile stub, in its own key order, dated now', async () => {
    const body = await list('includes=profile');
    expect(JSON.stringify(body.data[0]!.profile)).toBe(
      '{"id":"d1","email":"","avatar":"","firstName":"","lastName":"","createdAt":"2026-08-22T12:00:00.000Z",' +
        '"lastSeenAt":"2026-08-22T12:00:00.000Z","projectId":"demo","isExternal":false,"properties":{},"groups":[]}',
    );
  });

  it('a found profile: its key order, nested properties', async () => {
    const body = await list('event=signup&includes=profile');
    expect(JSON.stringify(body.data[0]!.profile)).toBe(
      '{"firstName":"Ada","lastName":"L","isExternal":true,"properties":{"plan":"pro","a":{"b":"c"}},' +
        '"createdAt":"2026-07-01T10:00:00.000Z","lastSeenAt":"2026-08-21T20:00:00.000Z","projectId":"demo",' +
        '"id":"user_1","email":"ada@example.com","avatar":"","groups":[]}',
    );
  });

  it('includes as a JSON array and as repeated keys', async () => {
    const a = await list(`includes=${encodeURIComponent('["region","device"]')}`);
    const b = await list('includes=region&includes=device');
    for (const body of [a, b]) {
      expect(Object.keys(body.data[0]!)).toEqual([
        'id',
        'name',
        'deviceId',
        'profileId',
        'projectId',
        'sessionId',
        'createdAt',
        'country',
        'city',
        'region',
        'os',
        'browser',
        'device',
        'path',
        'groups',
      ]);
    }
  });

  it('includes=true is a 400', async () => {
    expect((await emu.get('/export/events?includes=true', 'read')).status).toBe(400);
  });
});

describe('§4.2 paging and the page-1 look-back', () => {
  it('page 1 returns only the smallest non-empty window; totalCount is all-time', async () => {
    const body = await list('');
    expect(ids(body)).toEqual([id(1)]);
    expect(body.meta).toEqual({ count: 1, totalCount: 4, pages: 1, current: 1 });
  });

  it('the window doubles while empty (signup is 16 h old: the 1-day window)', async () => {
    expect(ids(await list('event=signup'))).toEqual([id(2)]);
  });

  it('the window doubles to 16 days for the 12-day-old event only', async () => {
    const body = await list(
      `filters=${encodeURIComponent('[{"name":"device_id","operator":"is","value":["d2"]}]')}`,
    );
    expect(ids(body)).toEqual([id(3)]);
  });

  it('page 2 uses a plain offset over everything', async () => {
    const body = await list('limit=1&page=2');
    expect(ids(body)).toEqual([id(2)]);
    expect(body.meta).toEqual({ count: 1, totalCount: 4, pages: 4, current: 2 });
  });

  it('page ≤ 1 is page 1 (look-back applies, current 1)', async () => {
    for (const page of ['0', '-3']) {
      const body = await list(`page=${page}`);
      expect(ids(body)).toEqual([id(1)]);
      expect(body.meta.current).toBe(1);
    }
  });

  it('only start (no end) applies no date filter, and the look-back still applies', async () => {
    const body = await list('start=2026-08-10');
    expect(ids(body)).toEqual([id(1)]);
    expect(body.meta.totalCount).toBe(4);
  });

  it('start+end: inclusive UTC days, no look-back, counted over those days', async () => {
    const body = await list('start=2026-08-10&end=2026-08-21');
    expect(ids(body)).toEqual([id(2), id(3)]);
    expect(body.meta).toEqual({ count: 2, totalCount: 2, pages: 1, current: 1 });
  });

  it('start/end with offsets become their UTC days', async () => {
    // 2026-08-15T23:00-05:00 is the UTC day 08-16; 2026-08-21T23:30-05:00 is 08-22.
    const q = `start=${encodeURIComponent('2026-08-15T23:00:00-05:00')}&end=${encodeURIComponent('2026-08-21T23:30:00-05:00')}`;
    expect(ids(await list(q))).toEqual([id(1), id(2)]);
  });

  it('limit clamps to 1..1000: 0 and empty give 1', async () => {
    for (const limit of ['0', '']) {
      const body = await list(`limit=${limit}&start=2020-01-01&end=2026-12-31`);
      expect(body.meta).toEqual({ count: 1, totalCount: 4, pages: 4, current: 1 });
    }
  });

  it('limit above 1000 gives 1000', async () => {
    const body = await list('limit=5000&start=2020-01-01&end=2026-12-31');
    expect(body.meta).toEqual({ count: 4, totalCount: 4, pages: 1, current: 1 });
  });

  it('nothing matching: pages 0', async () => {
    const body = await list('event=nope');
    expect(body).toEqual({ meta: { count: 0, totalCount: 0, pages: 0, current: 1 }, data: [] });
  });

  it('event is matched exactly; a comma list is one name', async () => {
    expect((await list('event=signup,screen_view&start=2020-01-01&end=2026-12-31')).data).toEqual(
      [],
    );
    const both = await list(`event=signup&event=screen_view&start=2020-01-01&end=2026-12-31`);
    expect(ids(both)).toEqual([id(1), id(2), id(3), id(4)]);
  });

  it('profileId stitches anonymous events of its devices; the count does not', async () => {
    const body = await list('profileId=user_1&start=2020-01-01&end=2026-12-31');
    expect(ids(body)).toEqual([id(1), id(2)]);
    expect(body.meta).toEqual({ count: 2, totalCount: 1, pages: 1, current: 1 });
  });
});
