import { describe, expect, it } from 'vitest';
import { previousMetric } from './previous-metric.ts';
import { seriesStats } from './series-stats.ts';

describe('previousMetric (§5.7)', () => {
  it('gives the larger/smaller ratio with the direction in state', () => {
    expect(previousMetric(50, 100)).toEqual({ diff: 100, state: 'negative', value: 100 });
    expect(previousMetric(42, 36)).toEqual({ diff: 16.7, state: 'positive', value: 36 });
  });

  it('gives a null diff when equal or either side is 0', () => {
    expect(previousMetric(10, 10)).toEqual({ diff: null, state: 'neutral', value: 10 });
    expect(previousMetric(0, 4)).toEqual({ diff: null, state: 'negative', value: 4 });
    expect(previousMetric(3, 0)).toEqual({ diff: null, state: 'positive', value: 0 });
  });

  it('leaves the field out without a previous value', () => {
    expect(previousMetric(3, null)).toBeUndefined();
    expect(previousMetric(3, undefined)).toBeUndefined();
  });
});

describe('seriesStats (§5.6)', () => {
  it('averages the non-zero buckets only and keeps zeros in min', () => {
    expect(seriesStats([0, 2, 0, 3, 0])).toEqual({ sum: 5, average: 2.5, min: 0, max: 3 });
  });

  it('rounds sum and average to 2 decimals and skips null buckets', () => {
    expect(seriesStats([10, null, 6.125])).toEqual({
      sum: 16.13,
      average: 8.06,
      min: 6.125,
      max: 10,
    });
  });

  it('is all zeros for nothing', () => {
    expect(seriesStats([])).toEqual({ sum: 0, average: 0, min: 0, max: 0 });
  });
});
