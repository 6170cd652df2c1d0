import { FILTER_OPERATOR_LABELS } from '../../../contract/filter-operator-label.ts';
import type { Filter } from '../../../contract/openpanel-common.ts';

/** A filter in words (`country is SE or NO`), as the chart and shared-funnel descriptions phrase it. */
export function describeFilter(filter: Filter): string {
  const words = FILTER_OPERATOR_LABELS[filter.operator];
  return filter.operator === 'isNull' || filter.operator === 'isNotNull'
    ? `${filter.name} ${words}`
    : `${filter.name} ${words} ${filter.value.map(String).join(' or ')}`;
}
