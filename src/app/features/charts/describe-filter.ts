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

/** A filter in words (`country is SE or NO`), as the chart and shared-funnel descriptions phrase it. */
export function describeFilter(filter: Filter): string {
  const words = OPERATOR_WORDS[filter.operator];
  return filter.operator === 'isNull' || filter.operator === 'isNotNull'
    ? `${filter.name} ${words}`
    : `${filter.name} ${words} ${filter.value.map(String).join(' or ')}`;
}
