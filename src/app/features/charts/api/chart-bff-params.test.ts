import { describe, expect, it } from 'vitest';
import { parseChartViewState } from '../../../../contract/chart-view-state.ts';
import { chartBffParams } from './chart-bff-params.ts';
import { chartSearchString } from './chart-query.ts';

const paramsOf = (search: Record<string, unknown>) =>
  chartBffParams(parseChartViewState(search).state);

describe('chartBffParams', () => {
  it('sends the default view with the range and its default interval (§5.3)', () => {
    expect(paramsOf({})).toEqual({
      series: '[{"name":"screen_view"}]',
      range: '30d',
      interval: 'day',
    });
  });

  it('keeps SPA-only keys out and maps dates, compare, segments and filters', () => {
    const params = paramsOf({
      series: [
        { name: 'purchase', segment: 'property_sum', property: 'revenue' },
        {
          name: 'screen_view',
          filters: [
            { name: 'country', operator: 'is', value: ['SE'] },
            // Half-typed: no property yet, so not sent.
            { name: '', operator: 'is', value: [] },
          ],
        },
      ],
      breakdowns: ['os'],
      from: '2026-11-01',
      to: '2026-11-07',
      compare: true,
      type: 'bar',
      metric: 'max',
      limit: 5,
      hidden: ['x'],
    });
    expect(params).toEqual({
      series:
        '[{"name":"purchase","segment":"property_sum","property":"revenue"},{"name":"screen_view","filters":[{"name":"country","operator":"is","value":["SE"]}]}]',
      breakdowns: '[{"name":"os"}]',
      startDate: '2026-11-01',
      endDate: '2026-11-07',
      interval: 'day',
      previous: 'true',
    });
  });

  it('writes the query string the share token is bound to', () => {
    expect(chartSearchString(paramsOf({ range: '7d', compare: true }))).toBe(
      'series=%5B%7B%22name%22%3A%22screen_view%22%7D%5D&range=7d&interval=day&previous=true',
    );
  });

  it('sends an anchored window as the days its references fall on in the org zone', () => {
    const A = 'aaaaaaaa-0000-4000-8000-000000000001';
    const B = 'bbbbbbbb-0000-4000-8000-000000000002';
    const { state } = parseChartViewState({ anchor: `${B}..${A}`, range: '7d' });
    const anchors = {
      // 2026-06-01 22:30 UTC is already 2 June in Stockholm (+02:00 in summer); 10 June 12:00 UTC stays 10 June.
      references: [
        { id: A, date: '2026-06-01T22:30:00.000Z' },
        { id: B, date: '2026-06-10T12:00:00.000Z' },
      ],
      timeZone: 'Europe/Stockholm',
      now: new Date('2026-11-20T12:00:00.000Z'),
    };
    expect(chartBffParams(state, anchors)).toEqual({
      series: '[{"name":"screen_view"}]',
      startDate: '2026-06-02',
      endDate: '2026-06-10',
      interval: 'day',
    });
    // Without the references (or when one is gone) the window falls back to the link's range.
    expect(chartBffParams(state)).toEqual({
      series: '[{"name":"screen_view"}]',
      range: '7d',
      interval: 'day',
    });
    expect(chartBffParams(state, { ...anchors, references: [] })).toEqual({
      series: '[{"name":"screen_view"}]',
      range: '7d',
      interval: 'day',
    });
  });
});
