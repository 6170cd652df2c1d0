import { describe, expect, it } from 'vitest';
import { sharedChartState } from './shared-chart-state.ts';

describe('sharedChartState', () => {
  it('reads the BFF spelling of a chart request (dates, previous, JSON series and breakdowns)', () => {
    const search = new URLSearchParams({
      series: '[{"name":"purchase","filters":[{"name":"country","operator":"is","value":["SE"]}]}]',
      breakdowns: '[{"name":"path"}]',
      startDate: '2026-11-01',
      endDate: '2026-11-10',
      interval: 'day',
      previous: 'true',
    }).toString();
    const state = sharedChartState(search);
    expect({
      series: state.series,
      breakdowns: state.breakdowns,
      from: state.from,
      to: state.to,
      compare: state.compare,
      interval: state.interval,
    }).toEqual({
      series: [
        {
          name: 'purchase',
          segment: 'event',
          filters: [{ name: 'country', operator: 'is', value: ['SE'] }],
        },
      ],
      breakdowns: [{ name: 'path' }],
      from: '2026-11-01',
      to: '2026-11-10',
      compare: true,
      interval: 'day',
    });
  });

  it('keeps the interval the token asked for even where the page would not offer it', () => {
    // 30 minutes bucketed by month: the answer is in month buckets, so the labels must be too.
    const state = sharedChartState(
      'series=%5B%7B%22name%22%3A%22*%22%7D%5D&range=30min&interval=month',
    );
    expect([state.range, state.interval, state.from, state.compare]).toEqual([
      '30min',
      'month',
      undefined,
      false,
    ]);
  });

  it('ignores half a date window and an unknown interval', () => {
    const state = sharedChartState('range=7d&startDate=2026-11-01&interval=fortnight');
    // Undefined interval = the window's default (day for 7d), which is what the chart then labels by.
    expect([state.range, state.from, state.to, state.interval]).toEqual([
      '7d',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
