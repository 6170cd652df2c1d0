import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import {
  augustDays as days,
  CHART_FIXTURE_EVENTS,
  encodeJson as enc,
  fetchChart,
  seriesParam as S,
} from './chart-fixture.ts';

/**
 * shared/openpanel-api.md §5.3, §5.5, §5.6 (`GET /export/charts`), black-box, organization in UTC.
 * The fixture and the 7d window are described in chart-fixture.ts.
 */
let emu: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator({ events: CHART_FIXTURE_EVENTS });
});
afterAll(() => emu.close());

const chart = (query: string) => fetchChart(emu, query);

describe('§5.6 response shape, raw bytes', () => {
  it('7d/day: 8 buckets, slug id, no breakdowns key, average skips zeros, count = distinct profiles', async () => {
    const res = await emu.get(`/export/charts?${S('screen_view')}&range=7d&interval=day`, 'read');
    const dates = days(15, 22);
    const values = [1, 0, 0, 0, 0, 0, 1, 3];
    const data = dates.map((d, i) => `{"date":"${d}","count":${values[i]}}`).join(',');
    expect(await res.text()).toBe(
      '{"series":[{"id":"screenview-a-screenview","names":["screen_view"],' +
        '"event":{"id":"A","name":"screen_view"},' +
        `"metrics":{"sum":5,"average":1.67,"min":0,"max":3,"count":4},"data":[${data}]}],` +
        '"metrics":{"sum":5,"average":1.67,"min":0,"max":3}}',
    );
  });

  it('two series: (A)/(B) prefixes, sorted by sum, top-level metrics over every point', async () => {
    const body = await chart(`${S('signup', 'screen_view')}&range=7d`);
    expect(body.series.map((s) => [s.id, s.names, s.event])).toEqual([
      ['screenview-b-screenview', ['(B) screen_view'], { id: 'B', name: 'screen_view' }],
      ['signup-a-signup', ['(A) signup'], { id: 'A', name: 'signup' }],
    ]);
    expect(body.series[1]!.metrics).toEqual({ sum: 1, average: 1, min: 0, max: 1, count: 1 });
    // Non-zero points: 1, 1, 3 (screen_view) and 1 (signup) → 6 / 4.
    expect(body.metrics).toEqual({ sum: 6, average: 1.5, min: 0, max: 3 });
  });

  it('the default range is 30d (31 days) and the default interval day', async () => {
    const body = await chart(S('signup'));
    expect(body.series[0]!.data.length).toBe(31);
    expect(body.series[0]!.data[0]!.date).toBe('2026-07-23 00:00:00');
  });

  it('an empty series is left out entirely', async () => {
    expect(await chart(`${S('nope')}&range=7d`)).toEqual({
      series: [],
      metrics: { sum: 0, average: 0, min: 0, max: 0 },
    });
  });

  it('neither series nor events: the empty answer', async () => {
    const res = await emu.get('/export/charts', 'read');
    expect(await res.text()).toBe('{"series":[],"metrics":{"sum":0,"average":0,"min":0,"max":0}}');
  });

  it('events is the deprecated alias of series', async () => {
    const body = await chart(`events=${enc([{ name: 'signup' }])}&range=today`);
    expect(body.series.map((s) => s.id)).toEqual(['signup-a-signup']);
  });

  it('stripped parameters (chartType, limit, offset, metric) change nothing', async () => {
    const base = await chart(
      `${S('screen_view')}&range=7d&breakdowns=${enc([{ name: 'country' }])}`,
    );
    const stripped = await chart(
      `${S('screen_view')}&range=7d&breakdowns=${enc([{ name: 'country' }])}&chartType=pie&limit=1&offset=2&metric=max`,
    );
    expect(stripped).toEqual(base);
  });
});

describe('§5.3 buckets and filling', () => {
  it('today/hour: 00:00–22:00 filled, 23:00 only with data', async () => {
    const signup = await chart(`${S('signup')}&range=today&interval=hour`);
    expect(signup.series[0]!.data.length).toBe(23);
    expect(signup.series[0]!.data[22]!.date).toBe('2026-08-22 22:00:00');
    expect(signup.series[0]!.data[10]).toEqual({ date: '2026-08-22 10:00:00', count: 1 });
    const views = await chart(`${S('screen_view')}&range=today&interval=hour`);
    expect(views.series[0]!.data.length).toBe(24);
    expect(views.series[0]!.data[23]).toEqual({ date: '2026-08-22 23:00:00', count: 1 });
  });

  it('today/day: no filling, only the day with data', async () => {
    expect((await chart(`${S('signup')}&range=today&interval=day`)).series[0]!.data).toEqual([
      { date: '2026-08-22 00:00:00', count: 1 },
    ]);
  });

  it('week buckets start on Monday and are date-only; the end bucket only with data', async () => {
    const body = await chart(`${S('screen_view')}&range=30d&interval=week`);
    expect(body.series[0]!.data).toEqual([
      { date: '2026-07-20', count: 0 },
      { date: '2026-07-27', count: 0 },
      { date: '2026-08-03', count: 0 },
      { date: '2026-08-10', count: 2 },
      { date: '2026-08-17', count: 4 },
    ]);
  });

  it('month buckets are date-only first days', async () => {
    const body = await chart(`${S('screen_view')}&range=30d&interval=month`);
    expect(body.series[0]!.data).toEqual([
      { date: '2026-07-01', count: 0 },
      { date: '2026-08-01', count: 6 },
    ]);
  });

  it('the interval is never adjusted (12m with day)', async () => {
    const body = await chart(`${S('signup')}&range=12m&interval=day`);
    // 2025-08-01 .. 2026-09-01 excluded: 396 days.
    expect(body.series[0]!.data.length).toBe(396);
    expect(body.series[0]!.data[0]!.date).toBe('2025-08-01 00:00:00');
  });
});

describe('§5.5 breakdowns', () => {
  it('one series per value; empty values dropped from names; all share the dates', async () => {
    const body = await chart(
      `${S('screen_view')}&range=7d&breakdowns=${enc([{ name: 'country' }])}`,
    );
    const se = body.series[0]!;
    expect([se.id, se.names, se.event]).toEqual([
      'screenview-a-screenview-se',
      ['screen_view', 'SE'],
      { id: 'A', name: 'screen_view', breakdowns: { country: 'SE' } },
    ]);
    expect(se.metrics).toEqual({ sum: 3, average: 1, min: 0, max: 1, count: 2 });
    const rest = body.series.slice(1).map((s) => [s.id, s.names]);
    expect(rest).toHaveLength(2);
    expect(rest).toContainEqual(['screenview-a-screenview-de', ['screen_view', 'DE']]);
    expect(rest).toContainEqual(['screenview-a-screenview', ['screen_view']]);
    for (const s of body.series) expect(s.data.map((p) => p.date)).toEqual(days(15, 22));
  });

  it('slug: spaces and dashes to -, punctuation dropped; (B) prefix only on the event name', async () => {
    const body = await chart(
      `${S('screen_view', 'Sign Up!')}&range=7d&breakdowns=${enc([{ name: 'country' }])}`,
    );
    const sign = body.series.find((s) => s.event.name === 'Sign Up!')!;
    expect([sign.id, sign.names]).toEqual(['sign-up-b-sign-up-se', ['(B) Sign Up!', 'SE']]);
  });

  it('an unknown breakdown name is dropped silently', async () => {
    const body = await chart(`${S('signup')}&range=7d&breakdowns=${enc([{ name: 'nonsense' }])}`);
    expect(body.series.map((s) => s.names)).toEqual([['signup']]);
  });
});
