import { describe, expect, it } from 'vitest';
import { shiftChartWindow, todayInZone } from './chart-window-shift.ts';

const STOCKHOLM = 'Europe/Stockholm';
const TODAY = '2026-11-20';

describe('todayInZone', () => {
  it('reads today on the organization’s wall clock on both sides of the October DST change', () => {
    // 24 Oct 22:30Z is 00:30 CEST (+2) on the 25th; 25 Oct 23:30Z is 00:30 CET (+1) on the 26th.
    expect(todayInZone(Date.parse('2026-10-24T22:30:00Z'), STOCKHOLM)).toBe('2026-10-25');
    expect(todayInZone(Date.parse('2026-10-25T22:30:00Z'), STOCKHOLM)).toBe('2026-10-25');
    expect(todayInZone(Date.parse('2026-10-25T23:30:00Z'), STOCKHOLM)).toBe('2026-10-26');
    expect(todayInZone(Date.parse('2026-10-25T23:30:00Z'), 'UTC')).toBe('2026-10-25');
  });

  it('and on both sides of the March DST change', () => {
    // 28 Mar 23:30Z is 00:30 CET (+1) on the 29th; 29 Mar 22:30Z is 00:30 CEST (+2) on the 30th.
    expect(todayInZone(Date.parse('2026-03-28T23:30:00Z'), STOCKHOLM)).toBe('2026-03-29');
    expect(todayInZone(Date.parse('2026-03-29T21:30:00Z'), STOCKHOLM)).toBe('2026-03-29');
    expect(todayInZone(Date.parse('2026-03-29T22:30:00Z'), STOCKHOLM)).toBe('2026-03-30');
  });
});

describe('shiftChartWindow with a preset', () => {
  it('moves 7d (today and the 7 days before) back by 8 whole days across the October change', () => {
    // Today 27 Oct: 20–27 Oct holds the 25-hour 25 Oct; days, not hours, are moved.
    expect(shiftChartWindow({ range: '7d' }, -1, '2026-10-27')).toEqual({
      from: '2026-10-12',
      to: '2026-10-19',
    });
  });

  it('and across the March change (the 23-hour 29 Mar)', () => {
    expect(shiftChartWindow({ range: '7d' }, -1, '2026-03-30')).toEqual({
      from: '2026-03-15',
      to: '2026-03-22',
    });
  });

  it('moves 30d (31 days) back by 31 days', () => {
    expect(shiftChartWindow({ range: '30d' }, -1, TODAY)).toEqual({
      from: '2026-09-20',
      to: '2026-10-20',
    });
    // `custom` without dates is the same window upstream (§5.2).
    expect(shiftChartWindow({ range: 'custom' }, -1, TODAY)).toEqual({
      from: '2026-09-20',
      to: '2026-10-20',
    });
  });

  it('moves 3m by its length in days (28 Feb – 31 May is 93 days)', () => {
    expect(shiftChartWindow({ range: '3m' }, -1, '2026-05-31')).toEqual({
      from: '2025-11-27',
      to: '2026-02-27',
    });
  });

  it('moves today and yesterday by one day; forward from yesterday is today', () => {
    expect(shiftChartWindow({ range: 'today' }, -1, TODAY)).toEqual({
      from: '2026-11-19',
      to: '2026-11-19',
    });
    expect(shiftChartWindow({ range: 'yesterday' }, 1, TODAY)).toEqual({
      from: '2026-11-20',
      to: '2026-11-20',
    });
  });

  it('steps month-based presets by whole calendar months', () => {
    expect(shiftChartWindow({ range: 'lastMonth' }, -1, TODAY)).toEqual({
      from: '2026-09-01',
      to: '2026-09-30',
    });
    expect(shiftChartWindow({ range: 'monthToDate' }, -1, TODAY)).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(shiftChartWindow({ range: 'this_month' }, -1, '2026-03-29')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    // 12m is 13 calendar months (Nov 2025 – Nov 2026, §5.2): the 13 before are Oct 2024 – Oct 2025.
    expect(shiftChartWindow({ range: '12m' }, -1, TODAY)).toEqual({
      from: '2024-10-01',
      to: '2025-10-31',
    });
    expect(shiftChartWindow({ range: 'yearToDate' }, -1, TODAY)).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(shiftChartWindow({ range: 'last_year' }, -1, TODAY)).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
  });

  it('stops a forward month step at today (last month → this month to date)', () => {
    expect(shiftChartWindow({ range: 'lastMonth' }, 1, TODAY)).toEqual({
      from: '2026-11-01',
      to: '2026-11-20',
    });
    expect(shiftChartWindow({ range: 'lastYear' }, 1, TODAY)).toEqual({
      from: '2026-01-01',
      to: '2026-11-20',
    });
  });

  it('does not move forward a window that already reaches today', () => {
    for (const range of ['today', '7d', '30d', 'monthToDate', '12m', 'yearToDate'] as const) {
      expect(shiftChartWindow({ range }, 1, TODAY)).toEqual({
        blocked: 'This window already ends today; there is no next period yet.',
      });
    }
  });

  it('cannot move sub-day windows or all time', () => {
    expect(shiftChartWindow({ range: '30min' }, -1, TODAY)).toEqual({
      blocked: 'Windows shorter than a day cannot be moved by a period; choose days first.',
    });
    expect(shiftChartWindow({ range: 'last24h' }, -1, TODAY)).toHaveProperty('blocked');
    expect(shiftChartWindow({ range: 'all_time' }, -1, TODAY)).toEqual({
      blocked: 'All time has no previous or next period.',
    });
  });
});

describe('shiftChartWindow with explicit days', () => {
  it('moves by the window’s length in days, back and forth', () => {
    // 2–8 Nov is 7 days: 26 Oct – 1 Nov before it.
    const back = { from: '2026-10-26', to: '2026-11-01' };
    expect(
      shiftChartWindow({ range: '30d', from: '2026-11-02', to: '2026-11-08' }, -1, TODAY),
    ).toEqual(back);
    expect(shiftChartWindow({ range: '30d', ...back }, 1, TODAY)).toEqual({
      from: '2026-11-02',
      to: '2026-11-08',
    });
  });

  it('moves over the October DST change by days (20–27 Oct → 28 Oct – 4 Nov)', () => {
    expect(
      shiftChartWindow({ range: '30d', from: '2026-10-20', to: '2026-10-27' }, 1, TODAY),
    ).toEqual({ from: '2026-10-28', to: '2026-11-04' });
  });

  it('moves whole calendar months by months', () => {
    expect(
      shiftChartWindow({ range: '30d', from: '2026-02-01', to: '2026-02-28' }, -1, TODAY),
    ).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(
      shiftChartWindow({ range: '30d', from: '2026-02-01', to: '2026-02-28' }, 1, TODAY),
    ).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    // A month in progress (1st to today) steps to the whole previous month.
    expect(
      shiftChartWindow({ range: '30d', from: '2026-11-01', to: '2026-11-20' }, -1, TODAY),
    ).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });

  it('ends a forward step that would pass today at today, keeping the length', () => {
    expect(
      shiftChartWindow({ range: '30d', from: '2026-11-10', to: '2026-11-19' }, 1, TODAY),
    ).toEqual({ from: '2026-11-11', to: '2026-11-20' });
  });

  it('does not move forward explicit days that end today or later', () => {
    expect(
      shiftChartWindow({ range: '30d', from: '2026-11-14', to: '2026-11-20' }, 1, TODAY),
    ).toEqual({ blocked: 'This window already ends today; there is no next period yet.' });
  });
});
