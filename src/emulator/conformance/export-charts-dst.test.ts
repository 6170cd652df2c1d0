import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * shared/openpanel-api.md §5.2: "minus N" steps are taken in UTC and then moved into the organization's
 * zone. Europe/Stockholm, clock 2026-03-31T22:30:00Z = 2026-04-01 00:30 local (CEST, two days after the
 * DST change). now − 7 days = 03-24T22:30Z = 03-24 23:30 local (CET), so 7d starts on 03-24, not 03-25:
 * nine daily buckets. now − 1 month = 02-28T22:30Z = 02-28 23:30 local, so lastMonth is February.
 */
let emu: TestEmulator;
beforeAll(async () => {
  emu = await createTestEmulator({
    timezone: 'Europe/Stockholm',
    now: '2026-03-31T22:30:00Z',
    events: [
      { name: 'e', created_at: '2026-03-24T12:00:00Z' },
      { name: 'e', created_at: '2026-03-31T22:10:00Z' },
      { name: 'e', created_at: '2026-02-15T12:00:00Z' },
    ],
  });
});
afterAll(() => emu.close());

const chart = async (query: string) => {
  const res = await emu.get(
    `/export/charts?series=${encodeURIComponent('[{"name":"e"}]')}&${query}`,
    'read',
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { series: { data: { date: string; count: number }[] }[] }).series;
};

describe('§5.2 ranges across a DST change', () => {
  it('7d spans nine local days', async () => {
    const [s] = await chart('range=7d');
    expect(s!.data.map((p) => p.date)).toEqual([
      '2026-03-24 00:00:00',
      '2026-03-25 00:00:00',
      '2026-03-26 00:00:00',
      '2026-03-27 00:00:00',
      '2026-03-28 00:00:00',
      '2026-03-29 00:00:00',
      '2026-03-30 00:00:00',
      '2026-03-31 00:00:00',
      '2026-04-01 00:00:00',
    ]);
    expect(s!.data.map((p) => p.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('lastMonth is February although the local month is April', async () => {
    const [s] = await chart('range=lastMonth&interval=month');
    expect(s!.data).toEqual([{ date: '2026-02-01', count: 1 }]);
  });
});
