import { describe, expect, it } from 'vitest';
import { chartQuery } from '../charts/api/chart-query.ts';
import type { ChartParams } from '../charts/api/chart-query.ts';

const SERIES = JSON.stringify([{ name: 'screen_view' }]);

/** The interval the chart panel's query would poll at (the option is a function of the query). */
function pollEvery(params: ChartParams, timeZone?: string): number | false | undefined {
  const option = chartQuery('demo', params, undefined, timeZone).refetchInterval;
  if (typeof option !== 'function') return option;
  // The wiring ignores the query argument; an empty stand-in is enough.
  return option({} as Parameters<typeof option>[0]);
}

describe('chartQuery refresh wiring', () => {
  it('polls a chart on screen whose range holds now, at the interval’s pace', () => {
    expect(pollEvery({ series: SERIES, range: '30min', interval: 'minute' }, 'UTC')).toBe(30_000);
    expect(pollEvery({ series: SERIES, range: 'today', interval: 'hour' }, 'UTC')).toBe(60_000);
  });

  it('never polls prefetches (no zone), ended ranges, or week buckets', () => {
    expect(pollEvery({ series: SERIES, range: '30min', interval: 'minute' })).toBe(false);
    expect(pollEvery({ series: SERIES, range: 'yesterday', interval: 'hour' }, 'UTC')).toBe(false);
    expect(pollEvery({ series: SERIES, range: '6m', interval: 'week' }, 'UTC')).toBe(false);
  });
});
