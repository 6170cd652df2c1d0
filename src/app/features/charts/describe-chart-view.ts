import type { ChartViewState } from '../../../contract/chart-view-state.ts';
import { describeFilter } from './describe-filter.ts';
import { describePeriod } from './describe-period.ts';

/**
 * One sentence saying exactly what a chart shows: the series and their filters, breakdowns, the range and
 * whether it is live (moves with today) or frozen (explicit dates), and the comparison. Shown above every
 * chart, so a person who opened a shared link knows what they are looking at.
 */
export function describeChartView(state: ChartViewState): string {
  const series = state.series
    .map((s) => {
      const name = s.name === '*' ? 'all events' : s.name;
      const filters = s.filters.filter((f) => f.name !== '').map(describeFilter);
      return filters.length > 0 ? `${name} where ${filters.join(' and ')}` : name;
    })
    .join('; ');
  const parts = [series];
  if (state.breakdowns.length > 0)
    parts.push(`by ${state.breakdowns.map((b) => b.name).join(', ')}`);
  parts.push(describePeriod(state));
  if (state.compare) parts.push('compared with the previous period');
  return parts.join(' · ');
}
