import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartsResponse } from '../../contract/openpanel-charts.ts';
import {
  createTestEmulator,
  type FixtureEvent,
  type TestEmulator,
} from '../testing/test-emulator.ts';

/**
 * §5.7 with range 7d in UTC: current 15–22 Aug (8 points), previous 7–14 Aug (8 points, index-matched).
 *   current  `view`: 21 Aug ×2 (p1, p2), 22 Aug ×3 (p1, p2, p3)   → sum 5, avg 2.5, max 3, count 3
 *   previous `view`: 8 Aug ×1, 13 Aug ×4, 14 Aug ×3 (all p1)        → sum 8, avg 2.67, max 4, count 1
 */
let emu: TestEmulator;

const ev = (name: string, created_at: string, extra: Partial<FixtureEvent> = {}): FixtureEvent => ({
  name,
  created_at: new Date(created_at),
  profile_id: 'p1',
  ...extra,
});
const repeat = (n: number, event: FixtureEvent) => Array.from({ length: n }, () => event);

beforeAll(async () => {
  emu = await createTestEmulator({
    now: '2026-08-22T12:00:00.000Z',
    events: [
      ev('view', '2026-08-21T10:00:00Z'),
      ev('view', '2026-08-21T11:00:00Z', { profile_id: 'p2' }),
      ev('view', '2026-08-22T08:00:00Z'),
      ev('view', '2026-08-22T09:00:00Z', { profile_id: 'p2' }),
      ev('view', '2026-08-22T10:00:00Z', { profile_id: 'p3' }),
      ev('view', '2026-08-08T10:00:00Z'),
      ...repeat(4, ev('view', '2026-08-13T10:00:00Z')),
      ...repeat(3, ev('view', '2026-08-14T10:00:00Z')),
      ...repeat(2, ev('signup', '2026-08-22T10:00:00Z', { country: 'SE' })),
      ev('signup', '2026-08-22T10:00:00Z', { country: 'US' }),
      ev('signup', '2026-08-14T10:00:00Z', { country: 'SE' }),
      ev('tap', '2026-08-22T10:30:00Z'),
      ev('tap', '2026-08-22T23:30:00Z'),
      ev('tap', '2026-08-21T10:15:00Z'),
    ],
  });
});
afterAll(() => emu.close());

async function chart(name: string, params: string) {
  const series = encodeURIComponent(JSON.stringify([{ name }]));
  const res = await emu.get(`/export/charts?series=${series}&previous=true&${params}`, 'read');
  expect(res.status).toBe(200);
  return (await res.json()) as ChartsResponse;
}

describe('previous period (§5.7)', () => {
  it('compares every metric with diff = larger/smaller ratio and the direction in state', async () => {
    const body = await chart('view', 'range=7d');
    expect(body.series[0]!.metrics).toEqual({
      sum: 5,
      average: 2.5,
      min: 0,
      max: 3,
      count: 3,
      previous: {
        sum: { diff: 60, state: 'negative', value: 8 },
        average: { diff: 6.8, state: 'negative', value: 2.67 },
        min: { diff: null, state: 'neutral', value: 0 },
        max: { diff: 33.3, state: 'negative', value: 4 },
        count: { diff: 200, state: 'positive', value: 1 },
      },
    });
    // No previous at the top level.
    expect(body.metrics).toEqual({ sum: 5, average: 2.5, min: 0, max: 3 });
  });

  it('matches points by index', async () => {
    const data = (await chart('view', 'range=7d')).series[0]!.data;
    expect(data[0]).toEqual({
      date: '2026-08-15 00:00:00',
      count: 0,
      previous: { diff: null, state: 'neutral', value: 0 },
    });
    expect(data[1]!.previous).toEqual({ diff: null, state: 'negative', value: 1 });
    expect(data[6]!.previous).toEqual({ diff: 100, state: 'negative', value: 4 });
    expect(data[7]!.previous).toEqual({ diff: null, state: 'neutral', value: 3 });
  });

  it('matches series by breakdown values; an unmatched one gets no previous', async () => {
    const series = encodeURIComponent(JSON.stringify([{ name: 'signup' }]));
    const breakdowns = encodeURIComponent(JSON.stringify([{ name: 'country' }]));
    const res = await emu.get(
      `/export/charts?series=${series}&breakdowns=${breakdowns}&previous=true&range=7d`,
      'read',
    );
    const body = (await res.json()) as ChartsResponse;
    const se = body.series.find((s) => s.names[1] === 'SE')!;
    const us = body.series.find((s) => s.names[1] === 'US')!;
    expect(se.metrics.previous!.sum).toEqual({ diff: 100, state: 'positive', value: 1 });
    expect(us.metrics.previous).toBeUndefined();
    expect(us.data.some((p) => 'previous' in p)).toBe(false);
  });

  it('leaves out previous on points the previous period does not have (today vs yesterday)', async () => {
    const data = (await chart('tap', 'range=today&interval=hour')).series[0]!.data;
    expect(data).toHaveLength(24);
    expect(data[10]!.previous).toEqual({ diff: null, state: 'neutral', value: 1 });
    expect(data[22]!.previous).toEqual({ diff: null, state: 'neutral', value: 0 });
    expect(data[23]).toEqual({ date: '2026-08-22 23:00:00', count: 1 });
  });
});
