import { describe, expect, it } from 'vitest';
import { parseChartViewState } from '../../../contract/chart-view-state.ts';
import { describeChartView } from './describe-chart-view.ts';

const stateOf = (search: Record<string, unknown>) => parseChartViewState(search).state;

describe('describeChartView', () => {
  it('says the default view is a live range', () => {
    expect(describeChartView(stateOf({}))).toBe('screen_view · Last 30 days (live range)');
  });

  it('names filters, breakdowns, fixed dates and the comparison', () => {
    const state = stateOf({
      series: [
        {
          name: 'screen_view',
          filters: [
            { name: 'path', operator: 'is', value: ['/', '/pricing'] },
            { name: 'properties.plan', operator: 'isNotNull', value: [] },
          ],
        },
        { name: '*' },
      ],
      breakdowns: [{ name: 'country' }],
      from: '2026-11-01',
      to: '2026-11-07',
      compare: true,
    });
    expect(describeChartView(state)).toBe(
      'screen_view where path is / or /pricing and properties.plan is set; all events · by country · 2026-11-01 to 2026-11-07 (fixed dates) · compared with the previous period',
    );
  });
});
