import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportEvent, ExportEventsMeta } from '../../contract/openpanel-events.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/** A success or error body; fields are read without asserting the shape twice. */
interface Body {
  meta: ExportEventsMeta;
  data: ExportEvent[];
  message?: string;
}

/** FixtureEvent's `created_at` type only admits Dates (a Date & string intersection). */
const at = (iso: string) => new Date(iso);

// The clock is 2026-08-22T12:00:00.000Z (createTestEmulator's default). Every expectation is worked out
// by hand from shared/openpanel-api.md §4 on these six events.
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const DEFAULT_KEYS = [
  'id',
  'name',
  'deviceId',
  'profileId',
  'projectId',
  'sessionId',
  'createdAt',
  'country',
  'city',
  'os',
  'browser',
  'path',
  'groups',
];

let emu: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator({
    events: [
      {
        name: 'signup',
        created_at: at('2026-08-22T09:14:03.120Z'),
        device_id: 'd-91',
        profile_id: 'user_42',
        session_id: 's-77',
        properties: { plan: 'pro', '__query.utm_source': 'newsletter' },
        country: 'SE',
        city: 'Stockholm',
        region: 'Stockholm County',
        os: 'macOS',
        browser: 'Chrome',
        path: '/signup',
        longitude: 18.1,
        latitude: 59.3,
        sdk_name: 'web',
        sdk_version: '1.0',
        groups: ['g1'],
      },
      {
        name: 'screen_view',
        created_at: at('2026-08-22T09:10:41.007Z'),
        device_id: 'd-13',
        profile_id: 'd-13',
        path: '/',
      },
      {
        name: 'screen_view',
        created_at: at('2026-08-20T00:00:00Z'),
        device_id: 'd-91',
        profile_id: 'd-91',
      },
      {
        name: 'screen_view',
        created_at: at('2024-04-16T02:00:00Z'),
        device_id: 'd-5',
        profile_id: 'd-5',
      },
      {
        name: 'screen_view',
        created_at: at('2024-04-15T23:30:00Z'),
        device_id: 'd-5',
        profile_id: 'd-5',
      },
      {
        name: 'screen_view',
        created_at: at('2024-04-17T00:00:00Z'),
        device_id: 'd-5',
        profile_id: 'd-5',
        imported_at: new Date('2024-05-01T08:00:00.5Z'),
        revenue: 1250,
      },
    ],
  });
  await emu.db.run(
    `INSERT INTO profiles (id, project_id, first_name, last_name, email, properties, is_external, created_at, last_seen_at)
     VALUES ('user_42', 'demo', 'Ada', 'L', 'ada@example.com', '{"plan":"pro","address.city":"Stockholm"}', true,
             '2026-07-01 10:00:00', '2026-08-22 09:14:03')`,
  );
});
afterAll(() => emu.close());

async function getJson(path: string) {
  const res = await emu.get(path);
  return { status: res.status, body: (await res.json()) as Body };
}

describe('GET /export/events', () => {
  it('returns the default keys in order, page 1 inside the smallest non-empty window', async () => {
    const { status, body } = await getJson('/export/events?projectId=demo&limit=2');
    expect(status).toBe(200);
    expect(body.meta).toEqual({ count: 2, totalCount: 6, pages: 3, current: 1 });
    expect(Object.keys(body.data[0]!)).toEqual(DEFAULT_KEYS);
    expect(body.data[1]!).toEqual({
      id: id(2),
      name: 'screen_view',
      deviceId: 'd-13',
      profileId: 'd-13',
      projectId: 'demo',
      sessionId: '',
      createdAt: '2026-08-22T09:10:41.007Z',
      country: '',
      city: '',
      os: '',
      browser: '',
      path: '/',
      groups: [],
    });
  });

  it('adds every included field in the transformer order, with both profile forms', async () => {
    const all =
      'properties,region,longitude,latitude,osVersion,browserVersion,device,brand,model,origin,referrer,' +
      'referrerName,referrerType,meta,importedAt,sdkName,sdkVersion,profile,revenue,groups,duration,bogus';
    const { body } = await getJson(`/export/events?projectId=demo&includes=${all}`);
    expect(body.meta).toEqual({ count: 2, totalCount: 6, pages: 1, current: 1 });
    const [signup, view] = body.data as [ExportEvent, ExportEvent];
    expect(JSON.stringify(signup)).toBe(
      JSON.stringify({
        id: id(1),
        name: 'signup',
        deviceId: 'd-91',
        profileId: 'user_42',
        projectId: 'demo',
        sessionId: 's-77',
        properties: { plan: 'pro', '__query.utm_source': 'newsletter' },
        createdAt: '2026-08-22T09:14:03.120Z',
        country: 'SE',
        city: 'Stockholm',
        region: 'Stockholm County',
        longitude: 18.1,
        latitude: 59.3,
        os: 'macOS',
        osVersion: '',
        browser: 'Chrome',
        browserVersion: '',
        device: '',
        brand: '',
        model: '',
        path: '/signup',
        origin: '',
        referrer: '',
        referrerName: '',
        referrerType: '',
        sdkName: 'web',
        sdkVersion: '1.0',
        profile: {
          firstName: 'Ada',
          lastName: 'L',
          isExternal: true,
          properties: { plan: 'pro', address: { city: 'Stockholm' } },
          createdAt: '2026-07-01T10:00:00.000Z',
          lastSeenAt: '2026-08-22T09:14:03.000Z',
          projectId: 'demo',
          id: 'user_42',
          email: 'ada@example.com',
          avatar: '',
          groups: [],
        },
        revenue: 0,
        groups: ['g1'],
      }),
    );
    expect(JSON.stringify(view.profile)).toBe(
      JSON.stringify({
        id: 'd-13',
        email: '',
        avatar: '',
        firstName: '',
        lastName: '',
        createdAt: '2026-08-22T12:00:00.000Z',
        lastSeenAt: '2026-08-22T12:00:00.000Z',
        projectId: 'demo',
        isExternal: false,
        properties: {},
        groups: [],
      }),
    );
    expect(view.longitude).toBeNull();
  });

  it('reads includes from repeated keys and JSON arrays; importedAt only when set', async () => {
    const days = 'start=2024-04-17&end=2024-04-17';
    const repeated = await getJson(
      `/export/events?projectId=demo&${days}&includes=importedAt&includes=revenue`,
    );
    expect(repeated.body.data[0]!.importedAt).toBe('2024-05-01T08:00:00.500Z');
    expect(repeated.body.data[0]!.revenue).toBe(1250);
    const json = await getJson(`/export/events?projectId=demo&${days}&includes=%5B%22region%22%5D`);
    expect(Object.keys(json.body.data[0]!)).toContain('region');
    const noImport = await getJson('/export/events?projectId=demo&limit=1&includes=importedAt');
    expect(Object.keys(noImport.body.data[0]!)).toEqual(DEFAULT_KEYS);
  });

  it('filters whole UTC days only when both dates are given', async () => {
    const both = await getJson(
      '/export/events?projectId=demo&start=2024-04-15T23:00:00-05:00&end=2024-04-16',
    );
    expect(both.body.data.map((e: { id: string }) => e.id)).toEqual([id(4)]);
    expect(both.body.meta).toEqual({ count: 1, totalCount: 1, pages: 1, current: 1 });
    const wider = await getJson('/export/events?projectId=demo&start=2024-04-15&end=2024-04-17');
    expect(wider.body.data.map((e: { id: string }) => e.id)).toEqual([id(6), id(4), id(5)]);
    const startOnly = await getJson('/export/events?projectId=demo&start=2024-04-16');
    expect(startOnly.body.meta).toEqual({ count: 2, totalCount: 6, pages: 1, current: 1 });
  });

  it('answers 500 for an unparseable date when both are given', async () => {
    const res = await emu.get('/export/events?projectId=demo&start=yesterday&end=2024-04-16');
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal server error');
  });

  it('clamps limit to 1..1000 and page to ≥ 1', async () => {
    const zero = await getJson('/export/events?projectId=demo&limit=0');
    expect(zero.body.meta).toEqual({ count: 1, totalCount: 6, pages: 6, current: 1 });
    const empty = await getJson('/export/events?projectId=demo&limit=');
    expect(empty.body.meta).toEqual({ count: 1, totalCount: 6, pages: 6, current: 1 });
    const huge = await getJson('/export/events?projectId=demo&limit=5000&page=-3');
    expect(huge.body.meta).toEqual({ count: 2, totalCount: 6, pages: 1, current: 1 });
    // Newest first the ids run 1, 2, 3, 6, 4, 5: page 2 of 4 starts at offset 4, no window.
    const page2 = await getJson('/export/events?projectId=demo&limit=4&page=2');
    expect(page2.body.data.map((e: { id: string }) => e.id)).toEqual([id(4), id(5)]);
    expect(page2.body.meta).toEqual({ count: 2, totalCount: 6, pages: 2, current: 2 });
  });

  it('rejects string parameters that coerce to numbers, accepts JSON-quoted ones', async () => {
    expect(await getJson('/export/events?projectId=demo&profileId=12345')).toEqual({
      status: 400,
      body: {
        status: 400,
        error: 'Error',
        message: 'querystring/profileId Invalid input: expected string, received number',
      },
    });
    const quoted = await getJson('/export/events?projectId=demo&profileId=%2212345%22');
    expect(quoted.status).toBe(200);
    expect(quoted.body.meta).toEqual({ count: 0, totalCount: 0, pages: 0, current: 1 });
    const limit = await getJson('/export/events?projectId=demo&limit=abc');
    expect(limit.body.message).toBe(
      'querystring/limit Invalid input: expected number, received NaN',
    );
    const event = await getJson('/export/events?projectId=demo&event=123');
    expect(event.body.message).toBe('querystring/event Invalid input');
    const includes = await getJson('/export/events?projectId=demo&includes=true');
    expect(includes.body.message).toBe(
      'querystring/includes Invalid input: expected array, received boolean',
    );
  });

  it('rejects invalid filters JSON and applies valid filters', async () => {
    const bad = await getJson('/export/events?projectId=demo&filters=invalid');
    expect(bad).toEqual({
      status: 400,
      body: {
        status: 400,
        error: 'Error',
        message: 'querystring/filters Invalid input: expected array, received undefined',
      },
    });
    const filters = encodeURIComponent(
      JSON.stringify([{ name: 'path', operator: 'is', value: ['/signup'] }]),
    );
    const good = await getJson(`/export/events?projectId=demo&filters=${filters}`);
    expect(good.body.data.map((e: { id: string }) => e.id)).toEqual([id(1)]);
    expect(good.body.meta.totalCount).toBe(1);
  });

  it('matches event names exactly, from repeated keys', async () => {
    const both = await getJson(
      '/export/events?projectId=demo&event=signup&event=nothing&start=2026-01-01&end=2026-12-31',
    );
    expect(both.body.data.map((e: { id: string }) => e.id)).toEqual([id(1)]);
    const comma = await getJson('/export/events?projectId=demo&event=signup,screen_view');
    expect(comma.body.meta.totalCount).toBe(0);
  });

  it('stitches anonymous events of the profile devices into the list but not the count', async () => {
    const { body } = await getJson(
      '/export/events?projectId=demo&profileId=user_42&start=2026-08-01&end=2026-08-31',
    );
    expect(body.data.map((e: { id: string }) => e.id)).toEqual([id(1), id(3)]);
    expect(body.meta).toEqual({ count: 2, totalCount: 1, pages: 1, current: 1 });
  });

  it('uses the client project and its access rules (§2.2)', async () => {
    expect((await emu.get('/export/events?limit=1', 'read')).status).toBe(200);
    expect(await getJson('/export/events')).toEqual({
      status: 400,
      body: { status: 400, message: 'project_id or projectId is required' },
    });
    const res = await emu.get('/export/events?projectId=blog', 'read');
    expect(res.status).toBe(403);
  });
});
