import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureEvent } from '../../emulator/testing/test-emulator.ts';
import { createTestBff, type TestBff, type TestBffOptions } from '../testing/test-bff.ts';

let bff: TestBff | undefined;
afterEach(() => {
  bff?.close();
  bff = undefined;
});

const at = (iso: string) => new Date(iso);
const EVENTS: FixtureEvent[] = [
  {
    name: 'screen_view',
    created_at: at('2026-08-20T10:00:00Z'),
    properties: { plan: 'free', __hash: 'h', Zeta: 'z' },
  },
  {
    name: 'screen_view',
    created_at: at('2026-08-21T10:00:00Z'),
    properties: { plan: 'pro', 'cart.total': '42' },
  },
  { name: 'signup', created_at: at('2026-08-21T11:00:00Z'), properties: { plan: 'pro' } },
  {
    name: 'signup',
    created_at: at('2026-08-22T09:00:00Z'),
    properties: { plan: 'team', empty: '' },
  },
  { name: 'alpha', created_at: at('2026-08-22T08:00:00Z'), properties: {} },
  // A numeric-looking name must reach the upstream quoted (§1.2) and still match.
  { name: '2024', created_at: at('2026-08-22T07:00:00Z'), properties: { v: '1' } },
];

async function start(options: TestBffOptions = {}) {
  bff = await createTestBff({ ...options, emulator: { events: EVENTS } });
  return bff;
}
const get = async (path: string) => {
  const res = await bff!.request(path);
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('picker routes against the emulator (§9.2–§9.4)', () => {
  it('lists event names (the emulator ranks by days seen, then by name)', async () => {
    await start();
    expect(await get('/api/projects/demo/event-names')).toEqual({
      status: 200,
      body: { names: ['screen_view', 'signup', '2024', 'alpha'] },
    });
  });

  it('lists each property key once, with the properties. prefix, plus the 22 columns', async () => {
    await start();
    const { status, body } = await get('/api/projects/demo/event-properties');
    expect(status).toBe(200);
    // Upstream has (plan, screen_view) and (plan, signup); `empty` was never non-empty.
    expect(body).toEqual({
      columns: [
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
      ],
      properties: [
        'properties.Zeta',
        'properties.__hash',
        'properties.cart.total',
        'properties.plan',
        'properties.v',
      ],
    });
  });

  it('narrows properties to one event', async () => {
    await start();
    const { body } = await get('/api/projects/demo/event-properties?event=signup');
    expect((body as { properties: string[] }).properties).toEqual(['properties.plan']);
    const numeric = await get('/api/projects/demo/event-properties?event=2024');
    expect((numeric.body as { properties: string[] }).properties).toEqual(['properties.v']);
  });

  it('lists property values newest first, sending the key without its prefix', async () => {
    await start();
    expect(
      await get('/api/projects/demo/property-values?event=signup&property=properties.plan'),
    ).toEqual({ status: 200, body: { values: ['team', 'pro'] } });
    expect(await get('/api/projects/demo/property-values?event=screen_view&property=plan')).toEqual(
      { status: 200, body: { values: ['pro', 'free'] } },
    );
    expect(
      await get('/api/projects/demo/property-values?event=2024&property=properties.v'),
    ).toEqual({ status: 200, body: { values: ['1'] } });
    const urls = bff!.calls.map((c) => decodeURIComponent(c.url));
    expect(urls.filter((u) => u.includes('property_values'))).toEqual([
      'http://upstream.test/insights/demo/events/property_values?eventName=signup&propertyKey=plan',
      'http://upstream.test/insights/demo/events/property_values?eventName=screen_view&propertyKey=plan',
      'http://upstream.test/insights/demo/events/property_values?eventName="2024"&propertyKey=v',
    ]);
  });

  it('deduplicates values an unmerged upstream repeats (§9.4)', async () => {
    await start({
      wrapFetch: (inner) => async (input, init) => {
        if (!input.includes('/property_values')) return inner(input, init);
        await inner(input, init);
        return Response.json({
          event: 'signup',
          property: 'plan',
          values: ['pro', 'pro', 'free', 'pro'],
        });
      },
    });
    expect(await get('/api/projects/demo/property-values?event=signup&property=plan')).toEqual({
      status: 200,
      body: { values: ['pro', 'free'] },
    });
  });

  it('rejects a missing property or an unknown parameter before any upstream call', async () => {
    await start();
    await get('/api/projects'); // warm the project list
    const before = bff!.calls.length;
    expect((await get('/api/projects/demo/property-values?event=signup')).status).toBe(400);
    expect((await get('/api/projects/demo/event-names?x=1')).status).toBe(400);
    expect((await get('/api/projects/demo/event-properties?eventName=signup')).status).toBe(400);
    expect(bff!.calls.length).toBe(before);
  });
});
