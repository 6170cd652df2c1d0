import type { FilterOperator } from './openpanel-common.ts';

/**
 * How the dashboard names the §6 filter operators, in pickers and in sentences ("country is not set"),
 * one wording on every page.
 */
export const FILTER_OPERATOR_LABELS: Record<FilterOperator, string> = {
  is: 'is',
  isNot: 'is not',
  contains: 'contains',
  doesNotContain: 'does not contain',
  startsWith: 'starts with',
  endsWith: 'ends with',
  regex: 'matches regex',
  isNull: 'is not set',
  isNotNull: 'is set',
  gt: '>',
  lt: '<',
  gte: '≥',
  lte: '≤',
  inCohort: 'in cohort',
  notInCohort: 'not in cohort',
};
