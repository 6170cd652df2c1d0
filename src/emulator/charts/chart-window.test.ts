import { describe, expect, it } from 'vitest';
import { previousChartWindow, resolveChartWindow } from './chart-window.ts';

const now = new Date('2026-08-22T12:00:00.000Z');

describe('resolveChartWindow (§5.2 explicit dates)', () => {
  it('reads offsetless values, a bare date included, as UTC and shows them in the zone', () => {
    const window = { range: '30d', startDate: '2024-04-01', endDate: '2024-04-30' } as const;
    expect(resolveChartWindow(window, 'America/New_York', now)).toEqual({
      start: '2024-03-31 20:00:00',
      end: '2024-04-29 20:00:00',
    });
  });

  it('keeps a date-only endDate at the first instant of that day in a UTC organization', () => {
    const window = { range: '30d', startDate: '2024-04-01', endDate: '2024-04-30' } as const;
    expect(resolveChartWindow(window, 'UTC', now)).toEqual({
      start: '2024-04-01 00:00:00',
      end: '2024-04-30 00:00:00',
    });
  });

  it('moves values with an offset to the same instant in the zone', () => {
    const window = {
      range: '30d',
      startDate: '2024-04-01T00:00:00+02:00',
      endDate: '2024-04-30T23:59:59-04:00',
    } as const;
    expect(resolveChartWindow(window, 'UTC', now)).toEqual({
      start: '2024-03-31 22:00:00',
      end: '2024-05-01 03:59:59',
    });
  });

  it('takes the start from the range when only endDate is given', () => {
    const window = { range: '7d', endDate: '2026-08-20T10:00:00Z' } as const;
    expect(resolveChartWindow(window, 'UTC', now)).toEqual({
      start: '2026-08-15 00:00:00',
      end: '2026-08-20 10:00:00',
    });
  });

  it('ignores a lone startDate, even an unparseable one', () => {
    const window = { range: '7d', startDate: 'not a date' } as const;
    expect(resolveChartWindow(window, 'UTC', now)).toEqual({
      start: '2026-08-15 00:00:00',
      end: '2026-08-23 00:00:00',
    });
  });

  it('throws (a 500 upstream) for an unparseable date that is used', () => {
    const window = { range: '7d', startDate: '2024-04-01', endDate: '2024-13-01' } as const;
    expect(() => resolveChartWindow(window, 'UTC', now)).toThrow(/Invalid DateTime/);
  });
});

describe('previousChartWindow (§5.7)', () => {
  it('shifts 7d (8 days) back by 8 days', () => {
    expect(
      previousChartWindow({ start: '2026-08-15 00:00:00', end: '2026-08-23 00:00:00' }),
    ).toEqual({ start: '2026-08-07 00:00:00', end: '2026-08-15 00:00:00' });
  });

  it('maps today onto yesterday through the odd-second rule', () => {
    expect(
      previousChartWindow({ start: '2026-08-22 00:00:00', end: '2026-08-22 23:59:59' }),
    ).toEqual({ start: '2026-08-21 00:00:00', end: '2026-08-21 23:59:59' });
  });

  it('maps 30min 10:15:00–10:45:59 onto 09:44:00–10:14:59', () => {
    expect(
      previousChartWindow({ start: '2026-08-22 10:15:00', end: '2026-08-22 10:45:59' }),
    ).toEqual({ start: '2026-08-22 09:44:00', end: '2026-08-22 10:14:59' });
  });
});
