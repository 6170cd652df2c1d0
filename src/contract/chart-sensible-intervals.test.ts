import { describe, expect, it } from 'vitest';
import { effectiveInterval, sensibleIntervals } from './chart-sensible-intervals.ts';

describe('sensibleIntervals', () => {
  it.each([
    // range, default (§5.3 UI table), allowed (default ± 1 step with 2–800 points)
    ['30min', 'minute', ['minute']],
    ['lastHour', 'minute', ['minute']],
    ['last24h', 'hour', ['hour']],
    ['today', 'hour', ['hour']],
    ['yesterday', 'hour', ['hour']],
    ['7d', 'day', ['hour', 'day']],
    ['last_7_days', 'day', ['hour', 'day']],
    ['30d', 'day', ['hour', 'day', 'week']],
    ['last_30_days', 'day', ['hour', 'day', 'week']],
    ['custom', 'day', ['hour', 'day', 'week']],
    ['3m', 'day', ['day', 'week']],
    ['monthToDate', 'day', ['hour', 'day', 'week']],
    ['this_month', 'day', ['hour', 'day', 'week']],
    ['lastMonth', 'day', ['hour', 'day', 'week']],
    ['6m', 'week', ['day', 'week', 'month']],
    ['12m', 'month', ['week', 'month']],
    ['yearToDate', 'month', ['week', 'month']],
    ['this_year', 'month', ['week', 'month']],
    ['lastYear', 'month', ['week', 'month']],
    ['all_time', 'month', ['week', 'month']],
  ] as const)('%s → %s of %j', (range, def, allowed) => {
    expect(sensibleIntervals(range)).toEqual({ default: def, allowed });
  });

  it('uses explicit days over the range name (OpenPanel: same day, ≤ 92, ≤ 186 days apart)', () => {
    expect(sensibleIntervals('30d', '2024-04-01', '2024-04-01')).toEqual({
      default: 'hour',
      allowed: ['hour'],
    });
    // 2 days: 48 hours or 2 days.
    expect(sensibleIntervals('30d', '2024-04-01', '2024-04-02')).toEqual({
      default: 'day',
      allowed: ['hour', 'day'],
    });
    // 92 days apart (93 days inclusive): hour would be 2,232 points.
    expect(sensibleIntervals('today', '2024-01-01', '2024-04-02')).toEqual({
      default: 'day',
      allowed: ['day', 'week'],
    });
    // 93 days apart: week.
    expect(sensibleIntervals('today', '2024-01-01', '2024-04-03')).toEqual({
      default: 'week',
      allowed: ['day', 'week', 'month'],
    });
    // 186 apart still week; 187 month.
    expect(sensibleIntervals('today', '2024-01-01', '2024-07-05').default).toBe('week');
    expect(sensibleIntervals('today', '2024-01-01', '2024-07-06').default).toBe('month');
    // 10 years: weeks are 522 points, still drawable.
    expect(sensibleIntervals('today', '2015-01-01', '2024-12-31')).toEqual({
      default: 'month',
      allowed: ['week', 'month'],
    });
  });

  it('ignores a half or reversed window', () => {
    expect(sensibleIntervals('today', '2024-04-01')).toEqual({
      default: 'hour',
      allowed: ['hour'],
    });
    expect(sensibleIntervals('today', '2024-04-02', '2024-04-01')).toEqual({
      default: 'hour',
      allowed: ['hour'],
    });
  });
});

describe('effectiveInterval', () => {
  it('is the view’s own interval, else its window’s default', () => {
    expect(effectiveInterval({ range: '30d', interval: 'week' })).toBe('week');
    expect(effectiveInterval({ range: '30d' })).toBe('day');
    expect(effectiveInterval({ range: '30d', from: '2024-01-01', to: '2024-12-31' })).toBe('month');
  });
});
