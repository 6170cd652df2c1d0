import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../../../contract/openpanel-charts.ts';
import { seriesSummary } from './series-summary.ts';

const event = { id: 'A', name: 'screen_view', breakdowns: { country: 'SE' } };

describe('seriesSummary', () => {
  it('gives the §5.6 example its signed changes', () => {
    const series: ChartSeries = {
      id: 'screenview-a-screenview-se',
      names: ['screen_view', 'SE'],
      event,
      metrics: {
        sum: 42,
        average: 14,
        min: 10,
        max: 20,
        count: 17,
        previous: {
          sum: { diff: 16.7, state: 'positive', value: 36 },
          average: { diff: 16.7, state: 'positive', value: 12 },
          min: { diff: null, state: 'neutral', value: 10 },
          max: { diff: 11.1, state: 'positive', value: 18 },
          count: { diff: 13.3, state: 'positive', value: 15 },
        },
      },
      data: [],
    };
    const summary = seriesSummary(series);
    expect(summary.id).toBe('screenview-a-screenview-se');
    // (42−36)/36 = 16.67 %, (14−12)/12 = 16.67 %, (20−18)/18 = 11.11 %, (17−15)/15 = 13.33 %.
    expect(summary.figures.sum.value).toBe(42);
    expect(summary.figures.sum.previous).toBe(36);
    expect(summary.figures.sum.change).toBeCloseTo(16.6667, 4);
    expect(summary.figures.average.change).toBeCloseTo(16.6667, 4);
    expect(summary.figures.min).toEqual({ value: 10, previous: 10, change: 0 });
    expect(summary.figures.max.change).toBeCloseTo(11.1111, 4);
    expect(summary.profiles?.value).toBe(17);
    expect(summary.profiles?.change).toBeCloseTo(13.3333, 4);
  });

  it('signs a fall negative although the upstream diff is positive (§5.7: 50 against 100)', () => {
    const series: ChartSeries = {
      id: 'x',
      names: ['x'],
      event: { id: 'A', name: 'x' },
      metrics: {
        sum: 50,
        average: 25,
        min: 0,
        max: 50,
        previous: {
          sum: { diff: 100, state: 'negative', value: 100 },
          average: { diff: 100, state: 'negative', value: 50 },
          min: { diff: null, state: 'negative', value: 5 },
          max: { diff: null, state: 'positive', value: 0 },
        },
      },
      data: [],
    };
    expect(seriesSummary(series)).toEqual({
      id: 'x',
      figures: {
        sum: { value: 50, previous: 100, change: -50 },
        average: { value: 25, previous: 50, change: -50 },
        min: { value: 0, previous: 5, change: -100 },
        max: { value: 50, previous: 0, change: null },
      },
    });
  });

  it('has plain values without a previous period', () => {
    const series: ChartSeries = {
      id: 'y',
      names: ['y'],
      event: { id: 'A', name: 'y' },
      metrics: { sum: 7, average: 3.5, min: 0, max: 4, count: 2 },
      data: [],
    };
    expect(seriesSummary(series)).toEqual({
      id: 'y',
      figures: { sum: { value: 7 }, average: { value: 3.5 }, min: { value: 0 }, max: { value: 4 } },
      profiles: { value: 2 },
    });
  });
});
