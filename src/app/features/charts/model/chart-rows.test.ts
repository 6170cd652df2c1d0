import { describe, expect, it } from 'vitest';
import type { ChartDataPoint, ChartSeries } from '../../../../contract/openpanel-charts.ts';
import { chartRows } from './chart-rows.ts';

const METRICS = { sum: 0, average: 0, min: 0, max: 0 };
const D1 = '2026-03-07 22:00:00';
const D2 = '2026-03-07 23:00:00';
const D3 = '2026-03-08 00:00:00';
const D4 = '2026-03-08 01:00:00';

function series(
  id: string,
  names: string[],
  event: ChartSeries['event'],
  data: ChartDataPoint[],
): ChartSeries {
  return { id, names, event, metrics: METRICS, data };
}

const se = series(
  'screenview-a-screenview-se',
  ['(A) screen_view', 'SE'],
  { id: 'A', name: 'screen_view', breakdowns: { country: 'SE' } },
  [
    { date: D1, count: 5, previous: { diff: 25, state: 'positive', value: 4 } },
    { date: D2, count: 7, previous: { diff: null, state: 'neutral', value: 7 } },
    { date: D3, count: 9, previous: { diff: null, state: 'positive', value: 0 } },
  ],
);
const de = series(
  'screenview-a-screenview-de',
  ['(A) screen_view', 'DE'],
  { id: 'A', name: 'screen_view', breakdowns: { country: 'DE' } },
  [
    { date: D1, count: 3 },
    { date: D2, count: 2 },
    { date: D3, count: 1 },
  ],
);
const signup = series('signup-b-signup', ['(B) signup'], { id: 'B', name: 'signup' }, [
  { date: D1, count: 1 },
  { date: D2, count: 0 },
  { date: D3, count: 2 },
  { date: D4, count: 1 },
]);

describe('chartRows', () => {
  it('builds one row per date of any shown series, with previous values and signed changes', () => {
    const result = chartRows([se, de, signup], {
      interval: 'hour',
      limit: 10,
      offset: 0,
      hidden: ['signup-b-signup'],
    });
    expect(result.rows).toEqual([
      {
        date: D1,
        label: 'Mar 7, 22:00',
        'screenview-a-screenview-se': 5,
        'screenview-a-screenview-se:prev': 4,
        'screenview-a-screenview-se:change': 25,
        'screenview-a-screenview-de': 3,
        'signup-b-signup': 1,
      },
      {
        date: D2,
        label: 'Mar 7, 23:00',
        'screenview-a-screenview-se': 7,
        'screenview-a-screenview-se:prev': 7,
        'screenview-a-screenview-se:change': 0,
        'screenview-a-screenview-de': 2,
        'signup-b-signup': 0,
      },
      {
        date: D3,
        label: 'Mar 8, 00:00',
        'screenview-a-screenview-se': 9,
        'screenview-a-screenview-se:prev': 0,
        'screenview-a-screenview-se:change': null,
        'screenview-a-screenview-de': 1,
        'signup-b-signup': 2,
      },
      {
        date: D4,
        label: 'Mar 8, 01:00',
        'screenview-a-screenview-se': null,
        'screenview-a-screenview-de': null,
        'signup-b-signup': 1,
      },
    ]);
    expect(result.series).toEqual([
      {
        id: 'screenview-a-screenview-se',
        names: ['(A) screen_view', 'SE'],
        label: 'screen_view · SE',
        colorIndex: 0,
        hidden: false,
        hasPrevious: true,
      },
      {
        id: 'screenview-a-screenview-de',
        names: ['(A) screen_view', 'DE'],
        label: 'screen_view · DE',
        colorIndex: 1,
        hidden: false,
        hasPrevious: false,
      },
      {
        id: 'signup-b-signup',
        names: ['(B) signup'],
        label: 'signup',
        colorIndex: 2,
        hidden: true,
        hasPrevious: false,
      },
    ]);
    expect(result.total).toBe(3);
    expect(result.hasMore).toBe(false);
  });

  it('cuts the top-N page here (the upstream strips limit/offset) and keeps colors by position', () => {
    const result = chartRows([se, de, signup], {
      interval: 'hour',
      limit: 1,
      offset: 1,
      hidden: [],
    });
    expect(result.series.map((s) => [s.id, s.colorIndex])).toEqual([
      ['screenview-a-screenview-de', 1],
    ]);
    expect(result.rows).toEqual([
      { date: D1, label: 'Mar 7, 22:00', 'screenview-a-screenview-de': 3 },
      { date: D2, label: 'Mar 7, 23:00', 'screenview-a-screenview-de': 2 },
      { date: D3, label: 'Mar 8, 00:00', 'screenview-a-screenview-de': 1 },
    ]);
    expect(result.total).toBe(3);
    expect(result.hasMore).toBe(true);
  });

  it('keeps the (A)/(B) prefix only when two definitions count the same event, and names "*"', () => {
    const a = series(
      'screenview-a-screenview',
      ['(A) screen_view'],
      { id: 'A', name: 'screen_view' },
      [],
    );
    const b = series(
      'screenview-b-screenview',
      ['(B) screen_view'],
      { id: 'B', name: 'screen_view' },
      [],
    );
    expect(
      chartRows([a, b], { interval: 'day', limit: 10, offset: 0, hidden: [] }).series.map(
        (s) => s.label,
      ),
    ).toEqual(['(A) screen_view', '(B) screen_view']);
    const all = series('a', ['*'], { id: 'A', name: '*' }, []);
    expect(
      chartRows([all], { interval: 'day', limit: 10, offset: 0, hidden: [] }).series[0]?.label,
    ).toBe('All events');
  });

  it('labels days with the year when the chart spans two years', () => {
    const s = series('x-a-x', ['x'], { id: 'A', name: 'x' }, [
      { date: '2025-12-31 00:00:00', count: 1 },
      { date: '2026-01-01 00:00:00', count: 2 },
    ]);
    expect(
      chartRows([s], { interval: 'day', limit: 10, offset: 0, hidden: [] }).rows.map(
        (r) => r.label,
      ),
    ).toEqual(['Dec 31, 2025', 'Jan 1, 2026']);
  });

  it('is empty past the last series', () => {
    expect(chartRows([se], { interval: 'hour', limit: 10, offset: 10, hidden: [] })).toEqual({
      rows: [],
      series: [],
      total: 1,
      hasMore: false,
    });
  });
});
