import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartsResponse } from '../../contract/openpanel-charts.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/** Conformance of the §5.2 range table and §5.3 filling, UTC organization, now = Sat 2026-08-22 12:00Z. */
let emu: TestEmulator;

const view = (created_at: string) => ({
  name: 'screen_view',
  created_at: new Date(created_at),
  profile_id: 'p1',
});

beforeAll(async () => {
  emu = await createTestEmulator({
    now: '2026-08-22T12:00:00.000Z',
    events: [
      view('2026-08-22T10:00:00Z'),
      view('2026-08-22T11:45:00Z'),
      view('2026-08-21T10:00:00Z'),
      view('2026-07-10T10:00:00Z'),
      view('2026-07-10T00:00:00Z'),
      view('2025-06-15T10:00:00Z'),
    ],
  });
});
afterAll(() => emu.close());

async function chart(params: string): Promise<ChartsResponse> {
  const series = encodeURIComponent(JSON.stringify([{ name: 'screen_view' }]));
  const res = await emu.get(`/export/charts?series=${series}&${params}`, 'read');
  expect(res.status).toBe(200);
  return (await res.json()) as ChartsResponse;
}

async function dates(params: string) {
  const body = await chart(params);
  expect(body.series).toHaveLength(1);
  return body.series[0]!.data.map((p) => p.date);
}

describe('ranges in UTC (§5.2, §5.3)', () => {
  it('7d/day: the 8 days from today−7 to today', async () => {
    const d = await dates('range=7d&interval=day');
    expect([d.length, d[0], d.at(-1)]).toEqual([8, '2026-08-15 00:00:00', '2026-08-22 00:00:00']);
  });

  it('defaults to 30d and day: 31 days', async () => {
    const d = await dates('');
    expect([d.length, d[0], d.at(-1)]).toEqual([31, '2026-07-23 00:00:00', '2026-08-22 00:00:00']);
  });

  it('today/hour: 00:00 to 22:00 filled; 23:00 only with data', async () => {
    const d = await dates('range=today&interval=hour');
    expect([d.length, d[0], d.at(-1)]).toEqual([23, '2026-08-22 00:00:00', '2026-08-22 22:00:00']);
  });

  it('today/day: no filling, the day appears because it has events', async () => {
    const body = await chart('range=today&interval=day');
    expect(body.series[0]!.data).toEqual([{ date: '2026-08-22 00:00:00', count: 2 }]);
  });

  it('yesterday/hour: 23 filled hours of 21 August', async () => {
    const d = await dates('range=yesterday&interval=hour');
    expect([d.length, d[0], d.at(-1)]).toEqual([23, '2026-08-21 00:00:00', '2026-08-21 22:00:00']);
  });

  it('30min/minute: 11:30 to 11:59 (12:00 is the excluded end bucket)', async () => {
    const body = await chart('range=30min&interval=minute');
    const d = body.series[0]!.data;
    expect([d.length, d[0]!.date, d.at(-1)!.date]).toEqual([
      30,
      '2026-08-22 11:30:00',
      '2026-08-22 11:59:00',
    ]);
    expect(d.find((p) => (p.count ?? 0) > 0)).toEqual({ date: '2026-08-22 11:45:00', count: 1 });
  });

  it('lastMonth/day: every day of July', async () => {
    const d = await dates('range=lastMonth&interval=day');
    expect([d.length, d[0], d.at(-1)]).toEqual([31, '2026-07-01 00:00:00', '2026-07-31 00:00:00']);
  });

  it('monthToDate/day: 1 to 22 August', async () => {
    const d = await dates('range=monthToDate');
    expect([d.length, d[0], d.at(-1)]).toEqual([22, '2026-08-01 00:00:00', '2026-08-22 00:00:00']);
  });

  it('3m/day: from 22 May', async () => {
    const d = await dates('range=3m');
    expect([d.length, d[0], d.at(-1)]).toEqual([93, '2026-05-22 00:00:00', '2026-08-22 00:00:00']);
  });

  it('6m/week: Monday weeks, the current week only because it has data', async () => {
    const d = await dates('range=6m&interval=week');
    expect([d.length, d[0], d.at(-2), d.at(-1)]).toEqual([
      27,
      '2026-02-16',
      '2026-08-10',
      '2026-08-17',
    ]);
  });

  it('12m/month: first of the month a year ago up to this month', async () => {
    const d = await dates('range=12m&interval=month');
    expect([d.length, d[0], d.at(-1)]).toEqual([13, '2025-08-01', '2026-08-01']);
  });

  it('yearToDate/month: January to July filled, August from data', async () => {
    const d = await dates('range=yearToDate&interval=month');
    expect([d.length, d[0], d.at(-1)]).toEqual([8, '2026-01-01', '2026-08-01']);
  });

  it('lastYear/month: January to November; December only with data', async () => {
    const d = await dates('range=lastYear&interval=month');
    expect([d.length, d[0], d.at(-1)]).toEqual([11, '2025-01-01', '2025-11-01']);
  });

  it('interval is never adjusted: 12m/day gives days', async () => {
    const d = await dates('range=12m&interval=day');
    expect(d[0]).toBe('2025-08-01 00:00:00');
  });
});

describe('explicit dates (§5.2)', () => {
  it('reads a date-only endDate as the first instant of that day', async () => {
    const body = await chart('startDate=2026-07-01&endDate=2026-07-10');
    const d = body.series[0]!.data;
    // 1–9 July filled; 10 July is the excluded end bucket, present only through its midnight event
    // (the end is inclusive), while its 10:00 event falls after the end.
    expect([d.length, d[8]!.date, d[9]]).toEqual([
      10,
      '2026-07-09 00:00:00',
      { date: '2026-07-10 00:00:00', count: 1 },
    ]);
  });

  it('includes the 10:00 event once the end is an instant after it', async () => {
    const body = await chart('startDate=2026-07-01&endDate=2026-07-10T10:00:00Z');
    const d = body.series[0]!.data;
    expect(d.at(-1)).toEqual({ date: '2026-07-10 00:00:00', count: 2 });
  });

  it('leaves out a series without events in the window', async () => {
    const body = await chart('startDate=2026-07-01&endDate=2026-07-09');
    expect(body).toEqual({ series: [], metrics: { sum: 0, average: 0, min: 0, max: 0 } });
  });

  it('ignores a lone startDate', async () => {
    const d = await dates('range=7d&startDate=2026-01-01');
    expect(d[0]).toBe('2026-08-15 00:00:00');
  });

  it('answers 500 for an unparseable date that is used', async () => {
    const series = encodeURIComponent(JSON.stringify([{ name: 'screen_view' }]));
    const res = await emu.get(
      `/export/charts?series=${series}&startDate=2026-07-01&endDate=soon`,
      'read',
    );
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal server error');
  });
});
