import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartSeriesItem, ChartsResponse } from '../../contract/openpanel-charts.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * §5.4 per segment, UTC, range 7d (15–22 Aug, 8 points): index 6 is 21 Aug, index 7 is 22 Aug.
 *   21 Aug: e1 p1 s1 [g1]     price "10"  tag "abc" duration 100
 *           e2 p1 s2 [g1,g2]  price "abc"
 *           e3 p2 s2 []       price ""
 *   22 Aug: e4 p3 s3 09:00    price "5"
 *           e5 p3 s3 11:00    price "7.5"
 *           e6 p1 s4 10:00    (no price)
 *   plus a `click` that no series asks for.
 */
let emu: TestEmulator;

beforeAll(async () => {
  const sv = { name: 'screen_view' };
  emu = await createTestEmulator({
    now: '2026-08-22T12:00:00.000Z',
    events: [
      {
        ...sv,
        created_at: new Date('2026-08-21T08:00:00Z'),
        profile_id: 'p1',
        session_id: 's1',
        groups: ['g1'],
        properties: { price: '10', tag: 'abc' },
        duration: 100,
      },
      {
        ...sv,
        created_at: new Date('2026-08-21T09:00:00Z'),
        profile_id: 'p1',
        session_id: 's2',
        groups: ['g1', 'g2'],
        properties: { price: 'abc' },
      },
      {
        ...sv,
        created_at: new Date('2026-08-21T10:00:00Z'),
        profile_id: 'p2',
        session_id: 's2',
        properties: { price: '' },
      },
      {
        ...sv,
        created_at: new Date('2026-08-22T09:00:00Z'),
        profile_id: 'p3',
        session_id: 's3',
        properties: { price: '5' },
      },
      {
        ...sv,
        created_at: new Date('2026-08-22T11:00:00Z'),
        profile_id: 'p3',
        session_id: 's3',
        properties: { price: '7.5' },
      },
      { ...sv, created_at: new Date('2026-08-22T10:00:00Z'), profile_id: 'p1', session_id: 's4' },
      { name: 'click', created_at: new Date('2026-08-22T10:00:00Z'), profile_id: 'p9' },
    ],
  });
});
afterAll(() => emu.close());

async function one(item: Partial<ChartSeriesItem>) {
  const series = encodeURIComponent(JSON.stringify([{ name: 'screen_view', ...item }]));
  const res = await emu.get(`/export/charts?series=${series}&range=7d`, 'read');
  expect(res.status).toBe(200);
  const body = (await res.json()) as ChartsResponse;
  expect(body.series).toHaveLength(1);
  const s = body.series[0]!;
  expect(s.data.slice(0, 6).every((p) => p.count === 0)).toBe(true);
  return { last2: s.data.slice(6).map((p) => p.count), metrics: s.metrics };
}

describe('segments (§5.4)', () => {
  it('event counts events; count is distinct profiles over the range', async () => {
    expect(await one({ segment: 'event' })).toEqual({
      last2: [3, 3],
      metrics: { sum: 6, average: 3, min: 0, max: 3, count: 3 },
    });
  });

  it('user counts distinct profiles per bucket', async () => {
    expect((await one({ segment: 'user' })).last2).toEqual([2, 2]);
  });

  it('session counts distinct sessions per bucket', async () => {
    expect((await one({ segment: 'session' })).last2).toEqual([2, 2]);
  });

  it('group expands the groups array and drops events without groups', async () => {
    expect(await one({ segment: 'group' })).toEqual({
      last2: [2, 0],
      metrics: { sum: 2, average: 2, min: 0, max: 2, count: 1 },
    });
  });

  it('user_average divides events by distinct profiles', async () => {
    expect(await one({ segment: 'user_average' })).toEqual({
      last2: [1.5, 1.5],
      metrics: { sum: 3, average: 1.5, min: 0, max: 1.5, count: 3 },
    });
  });

  it('one_event_per_user counts each profile once, in the bucket of its latest event, without count', async () => {
    expect(await one({ segment: 'one_event_per_user' })).toEqual({
      last2: [1, 2],
      metrics: { sum: 3, average: 1.5, min: 0, max: 2 },
    });
  });

  it('property_sum uses present, non-empty, numeric values only (count lowered too)', async () => {
    expect(await one({ segment: 'property_sum', property: 'properties.price' })).toEqual({
      last2: [10, 12.5],
      metrics: { sum: 22.5, average: 11.25, min: 0, max: 12.5, count: 2 },
    });
  });

  it('property_average / max / min', async () => {
    const average = await one({ segment: 'property_average', property: 'properties.price' });
    expect(average.last2).toEqual([10, 6.25]);
    expect(average.metrics.average).toBe(8.13);
    expect((await one({ segment: 'property_max', property: 'properties.price' })).last2).toEqual([
      10, 7.5,
    ]);
    expect((await one({ segment: 'property_min', property: 'properties.price' })).last2).toEqual([
      10, 5,
    ]);
  });

  it('property_sum reads numeric columns directly', async () => {
    expect(await one({ segment: 'property_sum', property: 'duration' })).toEqual({
      last2: [100, 0],
      metrics: { sum: 100, average: 100, min: 0, max: 100, count: 3 },
    });
  });

  it('a bucket whose values are all non-numeric has a null count', async () => {
    expect(await one({ segment: 'property_sum', property: 'properties.tag' })).toEqual({
      last2: [null, 0],
      metrics: { sum: 0, average: 0, min: 0, max: 0, count: 1 },
    });
  });

  it('a property segment without property falls back to counting events', async () => {
    expect((await one({ segment: 'property_max' })).last2).toEqual([3, 3]);
  });

  it('applies the series filters (ANDed) before counting', async () => {
    const filters = [
      { name: 'properties.price', operator: 'isNotNull', value: [] },
      { name: 'profile_id', operator: 'isNot', value: ['p3'] },
    ];
    expect(await one({ segment: 'event', filters } as Partial<ChartSeriesItem>)).toEqual({
      last2: [2, 0],
      metrics: { sum: 2, average: 2, min: 0, max: 2, count: 1 },
    });
  });

  it('"*" counts every event', async () => {
    expect((await one({ name: '*' })).last2).toEqual([3, 4]);
  });
});
