import { describe, expect, it } from 'vitest';
import { resolveRangeWindow } from './range-window.ts';

// Expected windows worked out by hand from the table in shared/openpanel-api.md §5.2.
const now = new Date('2026-08-22T09:14:03.120Z'); // a Saturday

describe('resolveRangeWindow in UTC', () => {
  const cases: [Parameters<typeof resolveRangeWindow>[0], string, string][] = [
    ['30min', '2026-08-22 08:44:00', '2026-08-22 09:14:59'],
    ['lastHour', '2026-08-22 08:14:00', '2026-08-22 09:14:59'],
    ['last24h', '2026-08-21 09:14:00', '2026-08-22 09:14:59'],
    ['today', '2026-08-22 00:00:00', '2026-08-22 23:59:59'],
    ['yesterday', '2026-08-21 00:00:00', '2026-08-21 23:59:59'],
    ['7d', '2026-08-15 00:00:00', '2026-08-23 00:00:00'],
    ['30d', '2026-07-23 00:00:00', '2026-08-23 00:00:00'],
    ['custom', '2026-07-23 00:00:00', '2026-08-23 00:00:00'],
    ['3m', '2026-05-22 00:00:00', '2026-08-23 00:00:00'],
    ['6m', '2026-02-22 00:00:00', '2026-08-23 00:00:00'],
    ['12m', '2025-08-01 00:00:00', '2026-09-01 00:00:00'],
    ['monthToDate', '2026-08-01 00:00:00', '2026-08-23 00:00:00'],
    ['lastMonth', '2026-07-01 00:00:00', '2026-08-01 00:00:00'],
    ['yearToDate', '2026-01-01 00:00:00', '2026-08-23 00:00:00'],
    ['lastYear', '2025-01-01 00:00:00', '2025-12-31 23:59:59'],
  ];
  it.each(cases)('%s → [%s, %s]', (range, start, end) => {
    expect(resolveRangeWindow(range, 'UTC', now)).toEqual({ start, end });
  });
});

describe('resolveRangeWindow in other zones', () => {
  it('uses the organization’s day: 02:30 UTC is still the previous day in New York', () => {
    const lateNight = new Date('2026-03-09T02:30:00Z'); // 2026-03-08 22:30 EDT
    expect(resolveRangeWindow('today', 'America/New_York', lateNight)).toEqual({
      start: '2026-03-08 00:00:00',
      end: '2026-03-08 23:59:59',
    });
    // today−7 is taken in UTC (2026-03-02 02:30Z), then shown in New York (2026-03-01 21:30 EST).
    expect(resolveRangeWindow('7d', 'America/New_York', lateNight)).toEqual({
      start: '2026-03-01 00:00:00',
      end: '2026-03-09 00:00:00',
    });
  });

  it('uses the half-hour offset of Asia/Kolkata (+05:30)', () => {
    const evening = new Date('2026-08-22T19:00:00Z'); // 2026-08-23 00:30 IST
    expect(resolveRangeWindow('today', 'Asia/Kolkata', evening)).toEqual({
      start: '2026-08-23 00:00:00',
      end: '2026-08-23 23:59:59',
    });
    expect(resolveRangeWindow('30min', 'Asia/Kolkata', evening)).toEqual({
      start: '2026-08-23 00:00:00',
      end: '2026-08-23 00:30:59',
    });
  });

  it('clamps month arithmetic like luxon (31 May − 3 months = 28 Feb)', () => {
    expect(resolveRangeWindow('3m', 'UTC', new Date('2026-05-31T10:00:00Z')).start).toBe(
      '2026-02-28 00:00:00',
    );
  });
});
