import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../../../contract/openpanel-charts.ts';
import { bucketColumns } from './bucket-columns.ts';

const series = (id: string, data: ChartSeries['data']): ChartSeries => ({
  id,
  names: [id],
  event: { id: 'A', name: id },
  metrics: { sum: 0, average: 0, min: 0, max: 0 },
  data,
});

describe('bucketColumns', () => {
  it('aligns series with the same buckets, with previous values only where sent', () => {
    const out = bucketColumns([
      series('a', [
        {
          date: '2026-11-16 00:00:00',
          count: 3,
          previous: { diff: 50, state: 'positive', value: 2 },
        },
        { date: '2026-11-17 00:00:00', count: null },
      ]),
      series('b', [
        { date: '2026-11-16 00:00:00', count: 0 },
        { date: '2026-11-17 00:00:00', count: 9 },
      ]),
    ]);
    expect(out.dates).toEqual(['2026-11-16 00:00:00', '2026-11-17 00:00:00']);
    expect([...out.values.keys()]).toEqual(['a', 'a:prev', 'b']);
    expect([...out.values.get('a')!]).toEqual([3, Number.NaN]);
    expect([...out.values.get('a:prev')!]).toEqual([2, Number.NaN]);
    expect([...out.values.get('b')!]).toEqual([0, 9]);
    expect(out.aligned).toBe(true);
  });

  it('unions and sorts buckets when definitions differ in their dates (§5.3)', () => {
    const out = bucketColumns([
      series('a', [{ date: '2026-11-18', count: 1 }]),
      series('b', [
        { date: '2026-11-16', count: 4 },
        { date: '2026-11-18', count: 5 },
      ]),
    ]);
    expect(out.dates).toEqual(['2026-11-16', '2026-11-18']);
    expect([...out.values.get('a')!]).toEqual([Number.NaN, 1]);
    expect([...out.values.get('b')!]).toEqual([4, 5]);
    expect(out.aligned).toBe(false);
  });

  it('has no buckets without series', () => {
    expect(bucketColumns([])).toEqual({ dates: [], values: new Map(), aligned: true });
  });
});
