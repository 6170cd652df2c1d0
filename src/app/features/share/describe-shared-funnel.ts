import { chartRangeLabel } from '../../../contract/chart-range-label.ts';
import type { FunnelViewState } from '../../../contract/funnel-view-state.ts';
import type { Filter } from '../../../contract/openpanel-common.ts';

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
  const words = OPERATOR_WORDS[filter.operator];
  return filter.operator === 'isNull' || filter.operator === 'isNotNull'
    ? `${filter.name} ${words}`
    : `${filter.name} ${words} ${filter.value.map(String).join(' or ')}`;
}

/**
 * One sentence saying exactly which funnel a share link shows: the steps in order with their filters, the
 * period and whether it moves with today (live range) or is fixed, the conversion window and what one
 * conversion unit is (§7.2 `windowHours`, `groupBy`). The funnel counterpart of the chart description.
 */
export function describeSharedFunnel(state: FunnelViewState): string {
  const steps = state.steps
    .map((step) => {
      const filters = (step.filters ?? []).filter((f) => f.name !== '').map(describeFilter);
      return filters.length > 0 ? `${step.name} (where ${filters.join(' and ')})` : step.name;
    })
    .join(' → ');
  const period =
    state.from !== undefined && state.to !== undefined
      ? `${state.from} to ${state.to} (fixed dates)`
      : `${chartRangeLabel(state.range)} (live range)`;
  const hours = state.window === 1 ? '1 hour' : `${state.window} hours`;
  return [steps, period, `converted within ${hours}`, `counted per ${state.unit}`].join(' · ');
}
