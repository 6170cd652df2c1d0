import { describe, expect, it } from 'vitest';
import { rangeIncludesNow, wallClockInZone } from './range-includes-now.ts';

// 23:30 UTC on 20 Nov is already 00:30 on 21 Nov in Stockholm (CET, UTC+1): the zone decides the day.
const NOW = Date.parse('2026-11-20T23:30:00Z');
const STOCKHOLM = 'Europe/Stockholm';

describe('wallClockInZone', () => {
  it('formats the instant on the zone’s wall clock', () => {
    expect(wallClockInZone(NOW, STOCKHOLM)).toBe('2026-11-21T00:30:00');
    expect(wallClockInZone(NOW, 'UTC')).toBe('2026-11-20T23:30:00');
  });
});

describe('rangeIncludesNow', () => {
  it('knows which named ranges end before now', () => {
    expect(rangeIncludesNow({ range: 'yesterday' }, STOCKHOLM, NOW)).toBe(false);
    expect(rangeIncludesNow({ range: 'lastMonth' }, STOCKHOLM, NOW)).toBe(false);
    expect(rangeIncludesNow({ range: 'lastYear' }, STOCKHOLM, NOW)).toBe(false);
    expect(rangeIncludesNow({ range: 'last_month' }, STOCKHOLM, NOW)).toBe(false);
    expect(rangeIncludesNow({ range: 'last_year' }, STOCKHOLM, NOW)).toBe(false);
    expect(rangeIncludesNow({ range: '30min' }, STOCKHOLM, NOW)).toBe(true);
    expect(rangeIncludesNow({ range: 'today' }, STOCKHOLM, NOW)).toBe(true);
    expect(rangeIncludesNow({ range: '12m' }, STOCKHOLM, NOW)).toBe(true);
    expect(rangeIncludesNow({ range: 'all_time' }, STOCKHOLM, NOW)).toBe(true);
    expect(rangeIncludesNow({}, STOCKHOLM, NOW)).toBe(true);
  });

  it('reads explicit days as whole days in the organization’s zone', () => {
    const lastWeek = { startDate: '2026-11-14', endDate: '2026-11-20' };
    expect(rangeIncludesNow(lastWeek, STOCKHOLM, NOW)).toBe(false);
    expect(rangeIncludesNow(lastWeek, 'UTC', NOW)).toBe(true);
    const nextWeek = { startDate: '2026-11-21', endDate: '2026-11-27' };
    expect(rangeIncludesNow(nextWeek, STOCKHOLM, NOW)).toBe(true);
    expect(rangeIncludesNow(nextWeek, 'UTC', NOW)).toBe(false);
  });

  it('compares instants with an offset exactly, the end inclusive', () => {
    const window = (endDate: string) => ({ startDate: '2026-11-01T00:00:00Z', endDate });
    expect(rangeIncludesNow(window('2026-11-20T23:29:59Z'), STOCKHOLM, NOW)).toBe(false);
    expect(rangeIncludesNow(window('2026-11-20T23:30:00Z'), STOCKHOLM, NOW)).toBe(true);
    expect(rangeIncludesNow(window('2026-11-21T00:30:00+01:00'), 'UTC', NOW)).toBe(true);
  });

  it('reads date-times without an offset as zone wall clock, to the end of the minute', () => {
    const window = (endDate: string) => ({ startDate: '2026-11-20', endDate });
    expect(rangeIncludesNow(window('2026-11-21T00:15'), STOCKHOLM, NOW)).toBe(false);
    expect(rangeIncludesNow(window('2026-11-21T00:30'), STOCKHOLM, NOW)).toBe(true);
    expect(rangeIncludesNow(window('2026-11-21 00:45:00'), STOCKHOLM, NOW)).toBe(true);
  });

  it('lets explicit dates override the range', () => {
    const window = { range: 'today' as const, startDate: '2026-11-01', endDate: '2026-11-02' };
    expect(rangeIncludesNow(window, STOCKHOLM, NOW)).toBe(false);
  });
});
