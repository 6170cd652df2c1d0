import type { FunnelViewState } from '../../../contract/funnel-view-state.ts';
import { describeFilter } from '../charts/describe-filter.ts';
import { describePeriod } from '../charts/describe-period.ts';

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
  const period = describePeriod(state);
  const hours = state.window === 1 ? '1 hour' : `${state.window} hours`;
  return [steps, period, `converted within ${hours}`, `counted per ${state.unit}`].join(' · ');
}
