import { describe, expect, it } from 'vitest';
import type { ChartsResponse } from '../../contract/openpanel-charts.ts';
import { createTestEmulator, type FixtureEvent } from '../testing/test-emulator.ts';

/** Buckets and boundaries in the organization's zone (§1.4, §5.2, §5.3). */
async function chart(timezone: string, now: string, events: FixtureEvent[], params: string) {
  const emu = await createTestEmulator({ timezone, now, events });
  try {
    const series = encodeURIComponent(JSON.stringify([{ name: 'screen_view' }]));
    const res = await emu.get(`/export/charts?series=${series}&${params}`, 'read');
    expect(res.status).toBe(200);
    return (await res.json()) as ChartsResponse;
  } finally {
    emu.close();
  }
}

const view = (created_at: string): FixtureEvent => ({
  name: 'screen_view',
  created_at: new Date(created_at),
});

describe('America/New_York across the March 2026 DST change', () => {
  it('buckets days on local midnight, EST before and EDT after', async () => {
    const body = await chart(
      'America/New_York',
      '2026-03-20T12:00:00Z',
      [
        view('2026-03-08T04:30:00Z'), // 7 Mar 23:30 EST
        view('2026-03-08T05:30:00Z'), // 8 Mar 00:30 EST
        view('2026-03-09T03:30:00Z'), // 8 Mar 23:30 EDT
        view('2026-03-09T04:30:00Z'), // 9 Mar 00:30 EDT
      ],
      'startDate=2026-03-07T00:00:00-05:00&endDate=2026-03-09T23:59:59-04:00',
    );
    // 9 March is the end bucket: not filled, present because it has data.
    expect(body.series[0]!.data).toEqual([
      { date: '2026-03-07 00:00:00', count: 1 },
      { date: '2026-03-08 00:00:00', count: 2 },
      { date: '2026-03-09 00:00:00', count: 1 },
    ]);
  });

  it('has no 02:00 on the spring-forward day', async () => {
    const body = await chart(
      'America/New_York',
      '2026-03-08T17:00:00Z',
      [view('2026-03-08T07:30:00Z')], // 03:30 EDT
      'range=today&interval=hour',
    );
    const data = body.series[0]!.data;
    expect(data).toHaveLength(22);
    expect(data.slice(1, 3)).toEqual([
      { date: '2026-03-08 01:00:00', count: 0 },
      { date: '2026-03-08 03:00:00', count: 1 },
    ]);
  });

  it('reads offsetless explicit dates as UTC', async () => {
    const body = await chart(
      'America/New_York',
      '2024-04-20T12:00:00Z',
      [
        view('2024-04-01T00:30:00Z'), // 31 Mar 20:30 EDT, just after the start
        view('2024-04-02T23:00:00Z'), // 2 Apr 19:00 EDT
        view('2024-04-03T00:30:00Z'), // 2 Apr 20:30 EDT, after the end (2 Apr 20:00)
      ],
      'startDate=2024-04-01&endDate=2024-04-03',
    );
    expect(body.series[0]!.data).toEqual([
      { date: '2024-03-31 00:00:00', count: 1 },
      { date: '2024-04-01 00:00:00', count: 0 },
      { date: '2024-04-02 00:00:00', count: 1 },
    ]);
  });
});

describe('Asia/Kolkata (+05:30)', () => {
  const events = [
    view('2026-08-21T18:29:59Z'), // 21 Aug 23:59:59 IST: before today
    view('2026-08-21T18:30:00Z'), // 22 Aug 00:00 IST
    view('2026-08-22T03:45:00Z'), // 22 Aug 09:15 IST
    view('2026-08-22T18:29:00Z'), // 22 Aug 23:59 IST
    view('2026-08-22T18:30:00Z'), // 23 Aug 00:00 IST: after today
  ];

  it('cuts today at local midnight', async () => {
    const body = await chart('Asia/Kolkata', '2026-08-22T12:00:00Z', events, 'range=today');
    expect(body.series[0]!.data).toEqual([{ date: '2026-08-22 00:00:00', count: 3 }]);
  });

  it('buckets hours on local whole hours', async () => {
    const body = await chart(
      'Asia/Kolkata',
      '2026-08-22T12:00:00Z',
      events,
      'range=today&interval=hour',
    );
    const data = body.series[0]!.data;
    expect(data).toHaveLength(24);
    expect(data.filter((p) => (p.count ?? 0) > 0)).toEqual([
      { date: '2026-08-22 00:00:00', count: 1 },
      { date: '2026-08-22 09:00:00', count: 1 },
      { date: '2026-08-22 23:00:00', count: 1 },
    ]);
  });
});
