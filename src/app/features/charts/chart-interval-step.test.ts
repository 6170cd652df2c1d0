import { describe, expect, it } from 'vitest';
import { stepChartInterval } from './chart-interval-step.ts';

describe('stepChartInterval', () => {
  it('cycles through what 30d offers: hour (744 points), day (default), week (4.4 points)', () => {
    expect(stepChartInterval({ range: '30d' }, 1)).toEqual({ interval: 'week', param: 'week' });
    expect(stepChartInterval({ range: '30d', interval: 'week' }, 1)).toEqual({
      interval: 'hour',
      param: 'hour',
    });
    expect(stepChartInterval({ range: '30d', interval: 'hour' }, 1)).toEqual({
      interval: 'day',
      param: undefined,
    });
    expect(stepChartInterval({ range: '30d' }, -1)).toEqual({ interval: 'hour', param: 'hour' });
    expect(stepChartInterval({ range: '30d', interval: 'hour' }, -1)).toEqual({
      interval: 'week',
      param: 'week',
    });
  });

  it('7d (8 days) offers hour and day only: week would draw 1.1 points', () => {
    expect(stepChartInterval({ range: '7d' }, 1)).toEqual({ interval: 'hour', param: 'hour' });
    expect(stepChartInterval({ range: '7d', interval: 'hour' }, 1)).toEqual({
      interval: 'day',
      param: undefined,
    });
  });

  it('uses the explicit days’ offer, not the range’s: 2–8 Nov (7 days) offers hour and day', () => {
    expect(stepChartInterval({ range: '6m', from: '2026-11-02', to: '2026-11-08' }, -1)).toEqual({
      interval: 'hour',
      param: 'hour',
    });
  });

  it('stays on minute for the last 30 minutes (hour would draw half a point)', () => {
    expect(stepChartInterval({ range: '30min' }, 1)).toEqual({
      interval: 'minute',
      param: undefined,
    });
  });
});
