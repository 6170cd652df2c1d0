import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartsResponse } from '../../contract/openpanel-charts.ts';
import {
  createTestEmulator,
  type FixtureEvent,
  type TestEmulator,
} from '../testing/test-emulator.ts';

/** §5.5 breakdowns, §5.6 ids, prefixes, sorting and top-level metrics. UTC, range 7d. */
let emu: TestEmulator;

const times = (n: number, event: FixtureEvent) => Array.from({ length: n }, () => event);
const at22 = new Date('2026-08-22T10:00:00Z');

beforeAll(async () => {
  emu = await createTestEmulator({
    now: '2026-08-22T12:00:00.000Z',
    events: [
      ...times(3, { name: 'screen_view', created_at: at22, country: 'SE', city: 'Stockholm' }),
      ...times(2, { name: 'screen_view', created_at: at22, country: 'SE' }),
      { name: 'screen_view', created_at: at22, city: 'Stockholm' },
      ...times(4, {
        name: 'screen_view',
        created_at: new Date('2026-08-21T10:00:00Z'),
        country: 'US',
        city: 'NYC',
      }),
      { name: 'Sign Up!', created_at: at22, country: 'SE' },
      ...times(2, { name: 'click', created_at: at22 }),
      ...times(2, { name: 'tap', created_at: at22 }),
    ],
  });
});
afterAll(() => emu.close());

async function chart(params: Record<string, unknown>) {
  const query = Object.entries({ range: '7d', ...params })
    .map(([k, v]) => `${k}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`)
    .join('&');
  const res = await emu.get(`/export/charts?${query}`, 'read');
  expect(res.status).toBe(200);
  return (await res.json()) as ChartsResponse;
}

const summary = (body: ChartsResponse) =>
  body.series.map((s) => ({ id: s.id, names: s.names, event: s.event, sum: s.metrics.sum }));

describe('breakdowns (§5.5)', () => {
  it('gives one series per value combination, drops empty values and shifts the rest left', async () => {
    const body = await chart({
      series: [{ name: 'screen_view' }],
      breakdowns: [{ name: 'country' }, { name: 'city' }],
    });
    expect(summary(body)).toEqual([
      {
        id: 'screenview-a-screenview-us-nyc',
        names: ['screen_view', 'US', 'NYC'],
        event: { id: 'A', name: 'screen_view', breakdowns: { country: 'US', city: 'NYC' } },
        sum: 4,
      },
      {
        id: 'screenview-a-screenview-se-stockholm',
        names: ['screen_view', 'SE', 'Stockholm'],
        event: { id: 'A', name: 'screen_view', breakdowns: { country: 'SE', city: 'Stockholm' } },
        sum: 3,
      },
      {
        id: 'screenview-a-screenview-se',
        names: ['screen_view', 'SE'],
        event: { id: 'A', name: 'screen_view', breakdowns: { country: 'SE' } },
        sum: 2,
      },
      {
        // The empty country is removed, so the city lands under the `country` key.
        id: 'screenview-a-screenview-stockholm',
        names: ['screen_view', 'Stockholm'],
        event: { id: 'A', name: 'screen_view', breakdowns: { country: 'Stockholm' } },
        sum: 1,
      },
    ]);
    // Every breakdown series of the definition carries every date.
    expect(body.series.every((s) => s.data.length === 8)).toBe(true);
    expect(body.series[0]!.data[6]).toEqual({ date: '2026-08-21 00:00:00', count: 4 });
  });

  it('drops unknown breakdown names, which shifts the keys', async () => {
    const body = await chart({
      series: [{ name: 'Sign Up!' }],
      breakdowns: [{ name: 'nonsense' }, { name: 'country' }],
    });
    expect(summary(body)).toEqual([
      {
        id: 'sign-up-a-sign-up-se',
        names: ['Sign Up!', 'SE'],
        event: { id: 'A', name: 'Sign Up!', breakdowns: { nonsense: 'SE' } },
        sum: 1,
      },
    ]);
  });

  it('labels a missing property as nothing: just the event name, no breakdowns object', async () => {
    const body = await chart({
      series: [{ name: 'tap' }],
      breakdowns: [{ name: 'properties.plan' }],
    });
    expect(summary(body)).toEqual([
      { id: 'tap-a-tap', names: ['tap'], event: { id: 'A', name: 'tap' }, sum: 2 },
    ]);
  });
});

describe('series ids, prefixes and sorting (§5.6)', () => {
  it('prefixes names with (A)/(B) from two definitions on and sorts by sum', async () => {
    const body = await chart({
      series: [{ name: 'Sign Up!' }, { name: 'screen_view' }],
      breakdowns: [{ name: 'country' }],
    });
    expect(body.series.map((s) => [s.id, s.names, s.metrics.sum])).toEqual([
      ['screenview-b-screenview-se', ['(B) screen_view', 'SE'], 5],
      ['screenview-b-screenview-us', ['(B) screen_view', 'US'], 4],
      ['sign-up-a-sign-up-se', ['(A) Sign Up!', 'SE'], 1],
      ['screenview-b-screenview', ['(B) screen_view'], 1],
    ]);
  });

  it('keeps definition order for equal sums and still prefixes when a definition is empty', async () => {
    const body = await chart({ series: [{ name: 'tap' }, { name: 'nothing' }, { name: 'click' }] });
    expect(body.series.map((s) => [s.id, s.names])).toEqual([
      ['tap-a-tap', ['(A) tap']],
      ['click-c-click', ['(C) click']],
    ]);
  });

  it('computes top-level metrics over every point of every series (average skips zeros)', async () => {
    const body = await chart({ series: [{ name: 'tap' }, { name: 'screen_view' }] });
    // tap: 2 on 22 Aug; screen_view: 4 on 21 Aug, 6 on 22 Aug; 13 zero points.
    expect(body.metrics).toEqual({ sum: 12, average: 4, min: 0, max: 6 });
  });

  it('names the "*" series by its slug rule', async () => {
    const body = await chart({ series: [{ name: '*' }] });
    expect(summary(body)).toEqual([
      { id: 'a', names: ['*'], event: { id: 'A', name: '*' }, sum: 15 },
    ]);
  });
});

describe('series/events aliases and stripped fields (§5.1, §5.8)', () => {
  it('answers an empty chart with neither series nor events', async () => {
    expect(await chart({})).toEqual({
      series: [],
      metrics: { sum: 0, average: 0, min: 0, max: 0 },
    });
  });

  it('uses events only when series is missing', async () => {
    const viaEvents = await chart({ events: [{ name: 'tap' }] });
    expect(summary(viaEvents)).toEqual([
      { id: 'tap-a-tap', names: ['tap'], event: { id: 'A', name: 'tap' }, sum: 2 },
    ]);
    expect((await chart({ series: [], events: [{ name: 'tap' }] })).series).toEqual([]);
  });

  it('ignores chartType, metric, limit, offset and item ids', async () => {
    const plain = await chart({
      series: [{ name: 'screen_view' }],
      breakdowns: [{ name: 'country' }],
    });
    const decorated = await chart({
      series: [{ name: 'screen_view', id: 'Z', displayName: 'Views', type: 'formula' }],
      breakdowns: [{ name: 'country' }],
      chartType: 'bar',
      metric: 'average',
      limit: 1,
      offset: 2,
    });
    expect(decorated).toEqual(plain);
    expect(plain.series).toHaveLength(3);
  });
});

describe('breakdown edge cases (§5.4, §5.5)', () => {
  it('falls back to no breakdown when the breakdown query returns no rows and nothing is filled', async () => {
    // today/day fills nothing; a group.* breakdown drops every event without groups.
    const body = await chart({
      series: [{ name: 'tap' }],
      breakdowns: [{ name: 'group.name' }],
      range: 'today',
    });
    expect(summary(body)).toEqual([
      { id: 'tap-a-tap', names: ['tap'], event: { id: 'A', name: 'tap' }, sum: 2 },
    ]);
  });

  it('does not fall back when buckets were filled: the series is simply empty', async () => {
    const body = await chart({ series: [{ name: 'tap' }], breakdowns: [{ name: 'group.name' }] });
    expect(body.series).toEqual([]);
  });

  it('fails with a 500 for one_event_per_user broken down by a property', async () => {
    const query = `series=${encodeURIComponent(JSON.stringify([{ name: 'tap', segment: 'one_event_per_user' }]))}&breakdowns=${encodeURIComponent(JSON.stringify([{ name: 'properties.plan' }]))}`;
    const res = await emu.get(`/export/charts?${query}`, 'read');
    expect([res.status, await res.text()]).toEqual([500, 'Internal server error']);
  });
});
