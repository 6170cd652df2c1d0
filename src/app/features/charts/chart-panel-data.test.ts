import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../../contract/openpanel-charts.ts';
import { chartPanelData } from './chart-panel-data.ts';

const days = ['2026-11-16 00:00:00', '2026-11-17 00:00:00', '2026-11-18 00:00:00'];
const series = (id: string, letter: string, counts: number[]): ChartSeries => ({
  id,
  names: [`(${letter}) ${id}`],
  event: { id: letter, name: id },
  metrics: { sum: 0, average: 0, min: 0, max: 0 },
  data: counts.map((count, i) => ({ date: days[i]!, count })),
});
const response = {
  series: [series('view', 'A', [5, 1, 9]), series('click', 'B', [2, 4, 6])],
  metrics: { sum: 0, average: 0, min: 0, max: 0 },
};

describe('chartPanelData', () => {
  it('builds rows only for the buckets asked for, and all of them for the CSV', () => {
    const data = chartPanelData(response, { interval: 'day', limit: 10, offset: 0, hidden: [] });
    expect(data.series.map((s) => [s.key, s.label])).toEqual([
      ['view', 'view'],
      ['click', 'click'],
    ]);
    expect(data.columns.dates).toEqual(days);
    expect(data.rowsFor([0, 2])).toEqual([
      { date: '2026-11-16 00:00:00', label: 'Nov 16', view: 5, click: 2 },
      { date: '2026-11-18 00:00:00', label: 'Nov 18', view: 9, click: 6 },
    ]);
    expect(data.rowsFor()).toHaveLength(3);
  });

  it('pages the series: only the shown ones have columns and row values', () => {
    const data = chartPanelData(response, { interval: 'day', limit: 1, offset: 1, hidden: [] });
    expect(data.total).toBe(2);
    expect(data.hasMore).toBe(false);
    expect([...data.columns.values.keys()]).toEqual(['click']);
    expect(data.rowsFor([1])).toEqual([{ date: '2026-11-17 00:00:00', label: 'Nov 17', click: 4 }]);
  });
});
