import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * shared/openpanel-api.md §9.2–§9.6 and §10 item 11, black-box. Clock 2026-08-22T12:00:00Z.
 * p1 was active 2 min ago, p2 10 min ago, and one server-side event has an empty profile_id.
 */
let emu: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator({
    events: [
      {
        name: 'sv',
        created_at: '2026-08-22T11:58:00Z',
        profile_id: 'p1',
        properties: { plan: 'pro', Zeta: '1', __hash: '#x' },
      },
      {
        name: 'sv',
        created_at: '2026-08-22T11:59:00Z',
        profile_id: 'p1',
        properties: { plan: 'team' },
      },
      {
        name: 'signup',
        created_at: '2026-08-22T11:50:00Z',
        profile_id: 'p2',
        properties: { plan: 'free' },
      },
      { name: 'server', created_at: '2026-08-22T11:59:30Z', profile_id: '' },
    ],
  });
});
afterAll(() => emu.close());

const text = async (path: string) => {
  const res = await emu.get(path, 'read');
  return [res.status, await res.text()] as const;
};

describe('§9 pickers and live', () => {
  it('events/names is a bare array; query parameters are ignored', async () => {
    const [status, body] = await text('/insights/demo/events/names?limit=abc');
    expect(status).toBe(200);
    expect((JSON.parse(body) as string[]).sort()).toEqual(['server', 'signup', 'sv']);
  });

  it('events/properties: the 22 fixed columns, then pairs sorted bytewise by key', async () => {
    const [, body] = await text('/insights/demo/events/properties');
    expect(body).toBe(
      '{"columns":["path","origin","referrer","referrer_name","referrer_type","duration","country","city",' +
        '"region","os","os_version","browser","browser_version","device","brand","model","sdk_name",' +
        '"sdk_version","profile_id","session_id","device_id","revenue"],"properties":[' +
        '{"property_key":"Zeta","event_name":"sv"},{"property_key":"__hash","event_name":"sv"},' +
        '{"property_key":"plan","event_name":"signup"},{"property_key":"plan","event_name":"sv"}]}',
    );
  });

  it('events/properties?eventName= narrows to one event; a numeric name is a 400', async () => {
    const [, body] = await text('/insights/demo/events/properties?eventName=signup');
    expect(JSON.parse(body).properties).toEqual([{ property_key: 'plan', event_name: 'signup' }]);
    expect(await text('/insights/demo/events/properties?eventName=12')).toEqual([
      400,
      '{"status":400,"error":"Error","message":"querystring/eventName Invalid input: expected string, received number"}',
    ]);
  });

  it('property_values: {event, property, values}; both missing is one joined message', async () => {
    const [, body] = await text(
      '/insights/demo/events/property_values?eventName=sv&propertyKey=plan',
    );
    const parsed = JSON.parse(body) as { event: string; property: string; values: string[] };
    expect(Object.keys(parsed)).toEqual(['event', 'property', 'values']);
    expect([parsed.event, parsed.property, [...parsed.values].sort()]).toEqual([
      'sv',
      'plan',
      ['pro', 'team'],
    ]);
    expect(
      await text('/insights/demo/events/property_values?eventName=sv&propertyKey=properties.plan'),
    ).toEqual([200, '{"event":"sv","property":"properties.plan","values":[]}']);
    expect(await text('/insights/demo/events/property_values')).toEqual([
      400,
      '{"status":400,"error":"Error","message":"querystring/eventName Invalid input: expected string, received undefined, querystring/propertyKey Invalid input: expected string, received undefined"}',
    ]);
  });

  it('live counts distinct non-empty profiles of the last 5 minutes', async () => {
    expect(await text('/insights/demo/live')).toEqual([200, '{"visitors":1}']);
  });

  // §9.6 / §10 item 11 (its numbers are pinned in routes/insights-metrics-routes.test.ts).
  it('metrics exists and answers {metrics, series}', async () => {
    const [status, body] = await text('/insights/demo/metrics?range=today');
    expect(status).toBe(200);
    expect(Object.keys(JSON.parse(body) as object)).toEqual(['metrics', 'series']);
  });
});
