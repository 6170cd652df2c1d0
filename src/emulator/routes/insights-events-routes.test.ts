import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/** FixtureEvent's `created_at` type only admits Dates (a Date & string intersection). */
const at = (iso: string) => new Date(iso);

// Clock: 2026-08-22T12:00:00.000Z. Expectations are worked out by hand from shared/openpanel-api.md §9.
let emu: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator({
    events: [
      {
        name: 'screen_view',
        created_at: at('2026-08-20T10:00:00Z'),
        profile_id: 'p1',
        properties: { plan: 'free', __hash: 'h', Zeta: 'z' },
      },
      {
        name: 'screen_view',
        created_at: at('2026-08-21T10:00:00Z'),
        profile_id: 'p2',
        properties: { plan: 'pro', __duration_from: 'x', __properties_from: 'y' },
      },
      {
        name: 'screen_view',
        created_at: at('2026-08-22T11:56:00Z'),
        profile_id: 'p1',
        properties: { plan: 'free' },
      },
      {
        name: 'signup',
        created_at: at('2026-08-22T11:58:00Z'),
        profile_id: 'p3',
        properties: { plan: 'team', 'cart.total': '42' },
      },
      { name: 'signup', created_at: at('2026-08-22T11:54:59Z'), profile_id: 'p4' },
      { name: '404', created_at: at('2026-08-18T10:00:00Z') },
      { name: '404', created_at: at('2026-08-19T10:00:00Z') },
      { name: 'alpha', created_at: at('2026-08-19T10:00:00Z'), properties: { empty: '' } },
      { name: 'alpha', created_at: at('2026-08-20T10:00:00Z') },
      { name: '2026-08-01', created_at: at('2026-08-01T00:00:00Z'), properties: { k: 'v' } },
      {
        name: 'blogpost',
        created_at: at('2026-08-22T11:59:00Z'),
        profile_id: 'p9',
        project_id: 'blog',
        properties: { b: '1' },
      },
    ],
  });
});
afterAll(() => emu.close());

async function getJson(path: string, who: 'root' | 'read' = 'root') {
  const res = await emu.get(path, who);
  return { status: res.status, body: (await res.json()) as unknown };
}

const validation = (message: string) => ({
  status: 400,
  body: { status: 400, error: 'Error', message },
});

describe('GET /insights/:projectId/events/names', () => {
  it('is a bare array ranked by distinct days, then name; other projects excluded', async () => {
    expect(await getJson('/insights/demo/events/names?anything=123')).toEqual({
      status: 200,
      body: ['screen_view', '404', 'alpha', '2026-08-01', 'signup'],
    });
  });

  it('uses the read client own project whatever the path says (§2.3)', async () => {
    const res = await getJson('/insights/blog/events/names', 'read');
    expect(res.body).toEqual(['screen_view', '404', 'alpha', '2026-08-01', 'signup']);
  });

  it('answers a root client asking for an unknown project with the plain-text 500', async () => {
    const res = await emu.get('/insights/nope/events/names');
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal server error');
  });
});

describe('GET /insights/:projectId/events/properties', () => {
  const columns = [
    'path',
    'origin',
    'referrer',
    'referrer_name',
    'referrer_type',
    'duration',
    'country',
    'city',
    'region',
    'os',
    'os_version',
    'browser',
    'browser_version',
    'device',
    'brand',
    'model',
    'sdk_name',
    'sdk_version',
    'profile_id',
    'session_id',
    'device_id',
    'revenue',
  ];

  it('lists distinct (key, event) pairs sorted bytewise, without empty or internal keys', async () => {
    expect(await getJson('/insights/demo/events/properties')).toEqual({
      status: 200,
      body: {
        columns,
        properties: [
          { property_key: 'Zeta', event_name: 'screen_view' },
          { property_key: '__hash', event_name: 'screen_view' },
          { property_key: 'cart.total', event_name: 'signup' },
          { property_key: 'k', event_name: '2026-08-01' },
          { property_key: 'plan', event_name: 'screen_view' },
          { property_key: 'plan', event_name: 'signup' },
        ],
      },
    });
  });

  it('narrows to one event; empty means all; unknown gives []', async () => {
    const signup = (await getJson('/insights/demo/events/properties?eventName=signup')).body;
    expect(signup).toEqual({
      columns,
      properties: [
        { property_key: 'cart.total', event_name: 'signup' },
        { property_key: 'plan', event_name: 'signup' },
      ],
    });
    const empty = (await getJson('/insights/demo/events/properties?eventName=')).body as {
      properties: unknown[];
    };
    expect(empty.properties).toHaveLength(6);
    expect(await getJson('/insights/demo/events/properties?eventName=%22404%22')).toEqual({
      status: 200,
      body: { columns, properties: [] },
    });
  });

  it('rejects numeric and repeated eventName values', async () => {
    expect(await getJson('/insights/demo/events/properties?eventName=404')).toEqual(
      validation('querystring/eventName Invalid input: expected string, received number'),
    );
    expect(await getJson('/insights/demo/events/properties?eventName=a&eventName=b')).toEqual(
      validation('querystring/eventName Invalid input: expected string, received array'),
    );
  });
});

describe('GET /insights/:projectId/events/property_values', () => {
  it('returns distinct non-empty values, newest first, echoing the parameters', async () => {
    expect(
      await getJson('/insights/demo/events/property_values?eventName=screen_view&propertyKey=plan'),
    ).toEqual({
      status: 200,
      body: { event: 'screen_view', property: 'plan', values: ['free', 'pro'] },
    });
  });

  it('gives [] for internal keys, prefixed keys and empty names', async () => {
    const internal = await getJson(
      '/insights/demo/events/property_values?eventName=screen_view&propertyKey=__duration_from',
    );
    expect(internal.body).toEqual({
      event: 'screen_view',
      property: '__duration_from',
      values: [],
    });
    const prefixed = await getJson(
      '/insights/demo/events/property_values?eventName=signup&propertyKey=properties.plan',
    );
    expect(prefixed.body).toEqual({ event: 'signup', property: 'properties.plan', values: [] });
    const empty = await getJson(
      '/insights/demo/events/property_values?eventName=&propertyKey=plan',
    );
    expect(empty.body).toEqual({ event: '', property: 'plan', values: [] });
  });

  it('reports both missing parameters in one 400', async () => {
    expect(await getJson('/insights/demo/events/property_values')).toEqual(
      validation(
        'querystring/eventName Invalid input: expected string, received undefined, ' +
          'querystring/propertyKey Invalid input: expected string, received undefined',
      ),
    );
  });

  it('splices word(date) values like the query builder (§9.1)', async () => {
    const spliced = await getJson(
      '/insights/demo/events/property_values?eventName=toString(2026-08-01)&propertyKey=k',
    );
    expect(spliced.body).toEqual({ event: 'toString(2026-08-01)', property: 'k', values: ['v'] });
    const res = await emu.get(
      '/insights/demo/events/property_values?eventName=toDate(2026-08-01)&propertyKey=k',
    );
    expect(res.status).toBe(500);
  });
});

describe('GET /insights/:projectId/live', () => {
  it('counts distinct non-empty profile ids since now − 5 minutes', async () => {
    expect(await getJson('/insights/demo/live?ignored=true')).toEqual({
      status: 200,
      body: { visitors: 2 },
    });
  });
});

describe('picker caps', () => {
  it('caps names at 50, pairs at 500 and values at 200', async () => {
    const day = '2026-08-22T';
    const capped = await createTestEmulator({
      events: [
        ...Array.from({ length: 55 }, (_, i) => ({
          name: `n${String(i).padStart(2, '0')}`,
          created_at: at(`${day}01:00:00Z`),
        })),
        {
          name: 'wide',
          created_at: at(`${day}01:00:00Z`),
          properties: Object.fromEntries(
            Array.from({ length: 521 }, (_, i) => [`k${String(i).padStart(3, '0')}`, 'x']),
          ),
        },
        ...Array.from({ length: 210 }, (_, i) => ({
          name: 'v',
          created_at: new Date(Date.UTC(2026, 7, 22, 2, i)),
          properties: { color: `c${String(i).padStart(3, '0')}` },
        })),
      ],
    });
    try {
      const names = (await (await capped.get('/insights/demo/events/names')).json()) as string[];
      expect(names).toHaveLength(50);
      expect([names[0], names[49]]).toEqual(['n00', 'n49']);
      const props = (await (
        await capped.get('/insights/demo/events/properties?eventName=wide')
      ).json()) as {
        properties: { property_key: string }[];
      };
      expect(props.properties).toHaveLength(500);
      expect([props.properties[0]!.property_key, props.properties[499]!.property_key]).toEqual([
        'k000',
        'k499',
      ]);
      const values = (await (
        await capped.get('/insights/demo/events/property_values?eventName=v&propertyKey=color')
      ).json()) as { values: string[] };
      expect(values.values).toHaveLength(200);
      expect([values.values[0], values.values[199]]).toEqual(['c209', 'c010']);
    } finally {
      capped.close();
    }
  });
});
