import { describe, expect, it } from 'vitest';
import type { ExportEvent, ExportEventsMeta } from '../../contract/openpanel-events.ts';
import { createTestEmulator } from '../testing/test-emulator.ts';

// §4.2: page 1 without both dates looks back W days, W doubling from 0.5 while the page is empty.
// The clock is 2026-08-22T12:00:00.000Z (createTestEmulator's default); expectations are worked out by hand.

interface Body {
  meta: ExportEventsMeta;
  data: ExportEvent[];
}

/** FixtureEvent's `created_at` type only admits Dates (a Date & string intersection). */
const at = (iso: string) => new Date(iso);

describe('GET /export/events page-1 look-back', () => {
  it('returns only the recent events on page 1 and ranks 51–100 on page 2 (§4.2 example)', async () => {
    const recent = ['2026-08-22T11:00:00Z', '2026-08-22T06:00:00Z', '2026-08-22T00:00:00Z'];
    const old = Array.from({ length: 120 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    );
    const local = await createTestEmulator({
      events: [...recent, ...old].map((iso) => ({ name: 'screen_view', created_at: at(iso) })),
    });
    try {
      const page1 = (await (await local.get('/export/events?projectId=demo')).json()) as Body;
      expect(page1.data.map((e: { createdAt: string }) => e.createdAt)).toEqual([
        '2026-08-22T11:00:00.000Z',
        '2026-08-22T06:00:00.000Z',
        '2026-08-22T00:00:00.000Z',
      ]);
      expect(page1.meta).toEqual({ count: 3, totalCount: 123, pages: 3, current: 1 });
      const page2 = (await (
        await local.get('/export/events?projectId=demo&page=2')
      ).json()) as Body;
      expect(page2.meta).toEqual({ count: 50, totalCount: 123, pages: 3, current: 2 });
      // Rank r (r ≥ 4) is the old event of minute 123 − r: rank 51 → 01:12, rank 100 → 00:23.
      expect(page2.data[0]!.createdAt).toBe('2026-01-01T01:12:00.000Z');
      expect(page2.data[49]!.createdAt).toBe('2026-01-01T00:23:00.000Z');
    } finally {
      local.close();
    }
  });

  it('doubles the window until it is non-empty, and gives up after 1825 days', async () => {
    const local = await createTestEmulator({
      events: [
        { name: 'a', created_at: at('2026-08-19T12:00:00Z') },
        { name: 'a', created_at: at('2026-08-18T14:24:00Z') },
        { name: 'a', created_at: at('2026-08-17T12:00:00Z') },
        { name: 'b', created_at: at('2021-01-01T00:00:00Z') },
      ],
    });
    try {
      // Newest is 3 days old: windows 0.5, 1, 2 are empty, 4 days holds the events of 3 and 3.9 days ago.
      const a = (await (await local.get('/export/events?projectId=demo&event=a')).json()) as Body;
      expect(a.data.map((e: { createdAt: string }) => e.createdAt)).toEqual([
        '2026-08-19T12:00:00.000Z',
        '2026-08-18T14:24:00.000Z',
      ]);
      // Older than 1825 days: page 1 stays empty, the count does not.
      const b = (await (await local.get('/export/events?projectId=demo&event=b')).json()) as Body;
      expect(b).toEqual({ meta: { count: 0, totalCount: 1, pages: 1, current: 1 }, data: [] });
    } finally {
      local.close();
    }
  });
});
