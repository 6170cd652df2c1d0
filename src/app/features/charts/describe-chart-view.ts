import type { Filter } from '../../../contract/openpanel-common.ts';
import type { ChartViewState } from '../../../contract/chart-view-state.ts';
import { chartRangeLabel } from '../../../contract/chart-range-label.ts';

const OPERATOR_WORDS: Record<Filter['operator'], string> = {
  is: 'is',
  isNot: 'is not',
  contains: 'contains',
  doesNotContain: 'does not contain',
  startsWith: 'starts with',
  endsWith: 'ends with',
  regex: 'matches',
  isNull: 'is not set',
  isNotNull: 'is set',
  gt: '>',
  lt: '<',
  gte: '≥',
  lte: '≤',
  inCohort: 'in cohort',
  notInCohort: 'not in cohort',
};

function describeFilter(filter: Filter): string {
  const values = filter.value.map(String).join(' or ');
  return filter.operator === 'isNull' || filter.operator === 'isNotNull'
    ? `${filter.name} ${OPERATOR_WORDS[filter.operator]}`
    : `${filter.name} ${OPERATOR_WORDS[filter.operator]} ${values}`;
}

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
  parts.push(
    state.from !== undefined && state.to !== undefined
      ? `${state.from} to ${state.to} (fixed dates)`
      : `${chartRangeLabel(state.range)} (live range)`,
  );
  if (state.compare) parts.push('compared with the previous period');
  return parts.join(' · ');
}
