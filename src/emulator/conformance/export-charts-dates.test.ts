import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import {
  augustDays as days,
  CHART_FIXTURE_EVENTS,
  fetchChart,
  pointCounts as counts,
  seriesParam as S,
} from './chart-fixture.ts';

/**
 * shared/openpanel-api.md §5.7 (previous period) and §5.2 (explicit dates, organization time zone)
 * of `GET /export/charts`, black-box. The fixture is described in chart-fixture.ts.
 */
let emu: TestEmulator;
let stockholm: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator({ events: CHART_FIXTURE_EVENTS });
  stockholm = await createTestEmulator({
    events: CHART_FIXTURE_EVENTS,
    timezone: 'Europe/Stockholm',
  });
});
afterAll(() => {
  emu.close();
  stockholm.close();
});

const chart = (query: string, on: TestEmulator = emu) => fetchChart(on, query);

describe('§5.7 previous period', () => {
  it('7d: previous window [08-07, 08-15], matched by index, diff as the larger/smaller ratio', async () => {
    const body = await chart(`${S('screen_view')}&range=7d&previous=true`);
    const s = body.series[0]!;
    expect(s.metrics).toEqual({
      sum: 5,
      average: 1.67,
      min: 0,
      max: 3,
      count: 4,
      previous: {
        sum: { diff: 150, state: 'positive', value: 2 },
        average: { diff: 67, state: 'positive', value: 1 },
        min: { diff: null, state: 'neutral', value: 0 },
        max: { diff: 200, state: 'positive', value: 1 },
        count: { diff: 300, state: 'positive', value: 1 },
      },
    });
    // Previous points: 08-07 … 08-13 are 0, 08-14 is 1 (index 7), 08-15 (index 8, end bucket) is 1.
    expect(s.data[0]!.previous).toEqual({ diff: null, state: 'positive', value: 0 });
    expect(s.data[1]!.previous).toEqual({ diff: null, state: 'neutral', value: 0 });
    expect(s.data[7]!.previous).toEqual({ diff: 200, state: 'positive', value: 1 });
    expect(body.metrics).toEqual({ sum: 5, average: 1.67, min: 0, max: 3 });
  });

  it('a decrease: diff stays ≥ 0 and the direction is in state (odd-second span gets +1 ms)', async () => {
    // Current [08-22 11:00:00, 12:59:59]: D = 7199 s (odd) + 1 ms, so the previous window is
    // [09:00:00, 10:59:59]. All events: now 1 (11:00), before 2 (10:00, 10:30).
    const q = `startDate=2026-08-22T11:00:00Z&endDate=2026-08-22T12:59:59Z&interval=hour&previous=true`;
    const body = await chart(`${S('*')}&${q}`);
    const s = body.series[0]!;
    expect(s.metrics).toEqual({
      sum: 1,
      average: 1,
      min: 1,
      max: 1,
      count: 1,
      previous: {
        sum: { diff: 100, state: 'negative', value: 2 },
        average: { diff: 100, state: 'negative', value: 2 },
        min: { diff: null, state: 'positive', value: 0 },
        max: { diff: 100, state: 'negative', value: 2 },
        count: { diff: null, state: 'neutral', value: 1 },
      },
    });
    expect(s.data).toEqual([
      {
        date: '2026-08-22 11:00:00',
        count: 1,
        previous: { diff: null, state: 'positive', value: 0 },
      },
    ]);
  });

  it('a previous period with no events has no previous series, so no previous key', async () => {
    // Yesterday has 1 view; the day before has none, so that series is left out (§5.6).
    const yest = await chart(`${S('screen_view')}&range=yesterday&interval=hour&previous=true`);
    expect(yest.series[0]!.metrics.previous).toBeUndefined();
  });

  it('no previous series: no previous key', async () => {
    const body = await chart(`${S('signup')}&range=today&interval=day&previous=true`);
    expect(Object.keys(body.series[0]!.metrics)).toEqual(['sum', 'average', 'min', 'max', 'count']);
    expect(Object.keys(body.series[0]!.data[0]!)).toEqual(['date', 'count']);
  });
});

describe('§5.2 explicit dates and the organization time zone', () => {
  it('start+end override range; a date without offset is UTC; the end is inclusive', async () => {
    const body = await chart(
      `${S('screen_view')}&startDate=2026-08-21&endDate=2026-08-22T10:00:00&range=today`,
    );
    expect(body.series[0]!.data).toEqual([
      { date: '2026-08-21 00:00:00', count: 1 },
      { date: '2026-08-22 00:00:00', count: 1 },
    ]);
  });

  it('a date-only endDate is midnight at the START of that day', async () => {
    const body = await chart(`${S('screen_view')}&startDate=2026-08-21&endDate=2026-08-22`);
    expect(body.series[0]!.data).toEqual([{ date: '2026-08-21 00:00:00', count: 1 }]);
  });

  it('only startDate is ignored: the window comes from range', async () => {
    const body = await chart(`${S('signup')}&startDate=2026-08-01&range=today&interval=day`);
    expect(body.series[0]!.data).toEqual([{ date: '2026-08-22 00:00:00', count: 1 }]);
  });

  it('only endDate: start from range, end from endDate', async () => {
    const body = await chart(`${S('screen_view')}&endDate=2026-08-21T12:00:00Z&range=7d`);
    // [08-15 00:00, 08-21 12:00]: filled 08-15 … 08-20, 08-21 has data.
    expect(counts(body.series[0]!)).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('an unparseable date is a plain-text 500', async () => {
    const res = await emu.get(`/export/charts?${S('signup')}&startDate=nope&endDate=nope`, 'read');
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal server error');
  });

  it('a digits-only date is a 400', async () => {
    const res = await emu.get(
      `/export/charts?${S('signup')}&startDate=20240401&endDate=20240430`,
      'read',
    );
    expect(res.status).toBe(400);
  });

  it('Stockholm: 7d boundaries and buckets are local wall-clock', async () => {
    // 08-14T23:59:59Z is 08-15 01:59:59 local (inside); 08-22T23:30Z is 08-23 01:30 local (outside).
    const body = await chart(`${S('screen_view')}&range=7d`, stockholm);
    expect(body.series[0]!.data.map((p) => p.date)).toEqual(days(15, 22));
    expect(counts(body.series[0]!)).toEqual([2, 0, 0, 0, 0, 0, 1, 2]);
  });

  it('Stockholm: an offset names an instant shown in local time; no offset means UTC', async () => {
    const start = encodeURIComponent('2026-08-21T00:00:00+02:00');
    const body = await chart(
      `${S('screen_view')}&startDate=${start}&endDate=2026-08-22T10:00:00&interval=hour`,
      stockholm,
    );
    const nonZero = body.series[0]!.data.filter((p) => p.count);
    expect(nonZero).toEqual([
      { date: '2026-08-21 11:00:00', count: 1 },
      { date: '2026-08-22 12:00:00', count: 1 },
    ]);
    expect(body.series[0]!.data[0]!.date).toBe('2026-08-21 00:00:00');
  });
});
