import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filter } from '../../contract/openpanel-common.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * shared/openpanel-api.md §6 (the filter grammar), observed through `/export/events?filters=…` with
 * both dates given (no look-back). Three events, newest first: /c, /b, /a.
 */
let emu: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator({
    events: [
      {
        name: 'f',
        created_at: '2026-08-20T10:00:00Z',
        path: '/a',
        device_id: 'x1',
        profile_id: 'x1',
        properties: {
          plan: 'pro',
          qty: '10',
          '__query.utm_source': 'google',
          flag: 'true',
          note: 'ab',
        },
      },
      {
        name: 'f',
        created_at: '2026-08-20T11:00:00Z',
        path: '/b',
        device_id: 'x2',
        profile_id: 'user_2',
        properties: { plan: 'free', qty: '9', note: 'a', 'cart.total': '5' },
      },
      {
        name: 'f',
        created_at: '2026-08-20T12:00:00Z',
        path: '/c',
        device_id: 'x3',
        profile_id: 'x3',
        properties: { plan: 'Team', qty: 'abc' },
      },
    ],
  });
});
afterAll(() => emu.close());

async function paths(filters: Filter[]): Promise<string[]> {
  const q = encodeURIComponent(JSON.stringify(filters));
  const res = await emu.get(`/export/events?start=2026-08-20&end=2026-08-20&filters=${q}`, 'read');
  expect(res.status).toBe(200);
  const body = (await res.json()) as { data: { path: string }[] };
  return body.data.map((e) => e.path);
}
const f = (name: string, operator: Filter['operator'], value: Filter['value'], extra = {}) =>
  ({ name, operator, value, ...extra }) as Filter;

describe('§6.1 operators', () => {
  it('is: any value, case-sensitive', async () => {
    expect(await paths([f('properties.plan', 'is', ['pro', 'team'])])).toEqual(['/a']);
  });
  it('isNot: none of the values', async () => {
    expect(await paths([f('properties.plan', 'isNot', ['pro'])])).toEqual(['/c', '/b']);
  });
  it('contains / startsWith / endsWith', async () => {
    expect(await paths([f('properties.note', 'contains', ['b'])])).toEqual(['/a']);
    expect(await paths([f('path', 'startsWith', ['/a', '/c'])])).toEqual(['/c', '/a']);
    expect(await paths([f('properties.plan', 'endsWith', ['ee'])])).toEqual(['/b']);
  });
  it('doesNotContain with several values is an OR of NOT LIKE', async () => {
    // "ab" lacks neither; "a" lacks "b"; "" lacks both.
    expect(await paths([f('properties.note', 'doesNotContain', ['a', 'b'])])).toEqual(['/c', '/b']);
  });
  it('isNull / isNotNull: a missing property reads as empty', async () => {
    expect(await paths([f('properties.note', 'isNull', [])])).toEqual(['/c']);
    expect(await paths([f('properties.note', 'isNotNull', [])])).toEqual(['/b', '/a']);
  });
  it('value [] is ignored for other operators', async () => {
    expect(await paths([f('properties.plan', 'is', [])])).toEqual(['/c', '/b', '/a']);
  });
  it('gt/lt on a property path: numeric, non-numeric counts as 0', async () => {
    expect(await paths([f('properties.qty', 'gt', [9])])).toEqual(['/a']);
    expect(await paths([f('properties.qty', 'lt', [5])])).toEqual(['/c']);
  });
  it('gt on another column is a string comparison', async () => {
    expect(await paths([f('path', 'gt', ['/b'])])).toEqual(['/c']);
  });
  it('regex on a top-level column strips the surrounding slashes', async () => {
    expect(await paths([f('path', 'regex', ['/^\\/[ab]$/'])])).toEqual(['/b', '/a']);
  });
  it('type number compares as floats', async () => {
    expect(await paths([f('properties.qty', 'is', ['10.0'], { type: 'number' })])).toEqual(['/a']);
  });
});

describe('§6 values and names', () => {
  it('values are String()-ed and trimmed', async () => {
    expect(await paths([f('properties.flag', 'is', [true])])).toEqual(['/a']);
    expect(await paths([f('properties.plan', 'is', [' pro '])])).toEqual(['/a']);
  });
  it('filters are ANDed', async () => {
    expect(await paths([f('properties.plan', 'isNot', ['pro']), f('path', 'is', ['/c'])])).toEqual([
      '/c',
    ]);
  });
  it('bare utm_* reads properties.__query.utm_*', async () => {
    expect(await paths([f('utm_source', 'is', ['google'])])).toEqual(['/a']);
  });
  it('properties.<key> reads the flattened key', async () => {
    expect(await paths([f('properties.cart.total', 'is', ['5'])])).toEqual(['/b']);
  });
  it('has_profile: "true" keeps identified events, otherwise anonymous ones', async () => {
    expect(await paths([f('has_profile', 'is', ['true'])])).toEqual(['/b']);
    expect(await paths([f('has_profile', 'is', ['false'])])).toEqual(['/c', '/a']);
  });
  it('profile.email and unknown names are silently ignored', async () => {
    expect(await paths([f('profile.email', 'is', ['x'])])).toEqual(['/c', '/b', '/a']);
    expect(await paths([f('nonsense', 'is', ['x'])])).toEqual(['/c', '/b', '/a']);
  });
  it('a camelCase alias works like the column', async () => {
    expect(await paths([f('deviceId', 'is', ['x2'])])).toEqual(['/b']);
  });
  it('an unknown operator is a 400', async () => {
    const q = encodeURIComponent('[{"name":"path","operator":"equals","value":["/a"]}]');
    const res = await emu.get(`/export/events?filters=${q}`, 'read');
    expect(res.status).toBe(400);
  });
});
