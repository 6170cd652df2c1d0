import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * shared/openpanel-api.md §5.4 (segments) and the label rules of §5.5, black-box. UTC organization,
 * clock 2026-08-22T12:00:00Z, `range=7d` (8 daily buckets 08-15 … 08-22).
 * 08-22: u1 twice in s1 (amount 10, then "x"), u2 once in s2 (amount 20); 08-21: u1 in s3 (no amount).
 */
let emu: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator({
    events: [
      {
        name: 'view',
        created_at: '2026-08-22T10:00:00Z',
        profile_id: 'u1',
        session_id: 's1',
        country: 'SE',
        city: '',
        properties: { amount: '10' },
        groups: ['gA'],
      },
      {
        name: 'view',
        created_at: '2026-08-22T10:10:00Z',
        profile_id: 'u1',
        session_id: 's1',
        country: '',
        city: 'Berlin',
        properties: { amount: 'x' },
      },
      {
        name: 'view',
        created_at: '2026-08-22T11:00:00Z',
        profile_id: 'u2',
        session_id: 's2',
        country: 'SE',
        city: 'Malmo',
        properties: { amount: '20' },
        groups: ['gA', 'gB'],
      },
      {
        name: 'view',
        created_at: '2026-08-21T10:00:00Z',
        profile_id: 'u1',
        session_id: 's3',
        country: 'SE',
        city: 'Malmo',
      },
    ],
  });
});
afterAll(() => emu.close());

interface Series {
  names: unknown[];
  event: Record<string, unknown>;
  metrics: Record<string, unknown>;
  data: { date: string; count: number | null }[];
}
async function series(item: Record<string, unknown>, extra = ''): Promise<Series[]> {
  const q = encodeURIComponent(JSON.stringify([{ name: 'view', ...item }]));
  const res = await emu.get(`/export/charts?series=${q}&range=7d${extra}`, 'read');
  expect(res.status).toBe(200);
  return ((await res.json()) as { series: Series[] }).series;
}
const lastTwo = (s: Series) => s.data.slice(6).map((p) => p.count);

describe('§5.4 segments', () => {
  it('event: events per bucket; count = distinct profiles', async () => {
    const [s] = await series({ segment: 'event' });
    expect([lastTwo(s!), s!.metrics]).toEqual([
      [1, 3],
      { sum: 4, average: 2, min: 0, max: 3, count: 2 },
    ]);
  });
  it('user: distinct profiles per bucket (sums daily uniques)', async () => {
    const [s] = await series({ segment: 'user' });
    expect([lastTwo(s!), s!.metrics.sum, s!.metrics.count]).toEqual([[1, 2], 3, 2]);
  });
  it('session: distinct sessions per bucket', async () => {
    const [s] = await series({ segment: 'session' });
    expect(lastTwo(s!)).toEqual([1, 2]);
  });
  it('group: distinct group ids, events without groups drop out', async () => {
    const [s] = await series({ segment: 'group' });
    expect(lastTwo(s!)).toEqual([0, 2]);
  });
  it('user_average: events ÷ profiles as a float', async () => {
    const [s] = await series({ segment: 'user_average' });
    expect(lastTwo(s!)).toEqual([1, 1.5]);
    expect(s!.metrics).toMatchObject({ sum: 2.5, average: 1.25 });
  });
  it('one_event_per_user: each profile once, at its latest event; no metrics.count', async () => {
    const [s] = await series({ segment: 'one_event_per_user' });
    expect(lastTwo(s!)).toEqual([0, 2]);
    expect(Object.keys(s!.metrics)).toEqual(['sum', 'average', 'min', 'max']);
  });
  it('property_sum/average/min/max: only present, numeric values; count over present values', async () => {
    const prop = { property: 'properties.amount' };
    const [sum] = await series({ segment: 'property_sum', ...prop });
    expect([lastTwo(sum!), sum!.metrics.count]).toEqual([[0, 30], 2]);
    const [avg] = await series({ segment: 'property_average', ...prop });
    expect(lastTwo(avg!)).toEqual([0, 15]);
    const [mx] = await series({ segment: 'property_max', ...prop });
    expect(lastTwo(mx!)).toEqual([0, 20]);
    const [mn] = await series({ segment: 'property_min', ...prop });
    expect(lastTwo(mn!)).toEqual([0, 10]);
  });
  it('a property segment without property falls back to counting events', async () => {
    const [s] = await series({ segment: 'property_sum' });
    expect(lastTwo(s!)).toEqual([1, 3]);
  });
  it('a filter on the series', async () => {
    const [s] = await series({
      filters: [{ name: 'properties.amount', operator: 'is', value: ['10', '20'] }],
    });
    expect(lastTwo(s!)).toEqual([0, 2]);
  });
});

describe('§5.1 stripped series keys', () => {
  it('id, displayName and type inside a series item are ignored', async () => {
    const all = await series({ id: 'Z', displayName: 'Shown', type: 'formula' });
    expect(all.map((s) => [s.names, s.event])).toEqual([[['view'], { id: 'A', name: 'view' }]]);
  });
});

describe('§5.5 breakdown labels', () => {
  const bd = (names: string[]) =>
    `&breakdowns=${encodeURIComponent(JSON.stringify(names.map((name) => ({ name }))))}`;

  it('a group whose every value is empty has no breakdowns key', async () => {
    const all = await series({}, bd(['country']));
    const empty = all.find((s) => s.names.length === 1)!;
    expect(empty.names).toEqual(['view']);
    expect(empty.event).toEqual({ id: 'A', name: 'view' });
  });

  it('empty values move the later ones left, under the wrong key', async () => {
    const all = await series({}, bd(['country', 'city']));
    const labels = all.map((s) => [s.names, s.event.breakdowns]);
    // Sum 2 sorts first; the two sum-1 series tie within one date bucket, whose row order is not defined.
    expect(labels[0]).toEqual([['view', 'SE', 'Malmo'], { country: 'SE', city: 'Malmo' }]);
    expect(labels.slice(1)).toHaveLength(2);
    expect(labels).toContainEqual([['view', 'SE'], { country: 'SE' }]);
    expect(labels).toContainEqual([['view', 'Berlin'], { country: 'Berlin' }]);
  });

  it('an unknown breakdown keeps its key slot: the value lands under it', async () => {
    const all = await series({}, bd(['nonsense', 'city']));
    const malmo = all.find((s) => s.names[1] === 'Malmo')!;
    expect(malmo.event.breakdowns).toEqual({ nonsense: 'Malmo' });
  });

  it('only unknown breakdowns: plain series, no breakdowns key', async () => {
    const all = await series({}, bd(['nonsense']));
    expect(all.map((s) => [s.names, s.event])).toEqual([[['view'], { id: 'A', name: 'view' }]]);
  });

  it('bare utm_* and has_profile are accepted breakdowns', async () => {
    const all = await series({}, bd(['has_profile']));
    expect(all.map((s) => s.names)).toEqual([['view', 'true']]);
  });
});
