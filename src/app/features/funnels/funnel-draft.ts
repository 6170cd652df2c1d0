import type { BffRange, FunnelStep } from '../../../contract/bff-api.ts';
import type { FilterOperator } from '../../../contract/openpanel-common.ts';
import type { FunnelUnit, FunnelViewState } from '../../../contract/funnel-view-state.ts';

/**
 * The step builder's editable copy of the URL state. Filter values are edited as comma-separated text and
 * only become the §6 `value` array on Apply, so typing never rewrites the URL (architecture "not to copy").
 */
export interface DraftFilter {
  name: string;
  operator: FilterOperator;
  valueText: string;
}

export interface DraftStep {
  name: string;
  filters: DraftFilter[];
}

export interface FunnelDraft {
  steps: DraftStep[];
  /** A range name, or `dates` for the explicit from/to window. */
  period: BffRange | 'dates';
  from: string;
  to: string;
  window: string;
  unit: FunnelUnit;
}

/** §6: these two take no value; the cohort operators take cohort ids instead of values. */
export const operatorTakesNoValue = (op: FilterOperator) => op === 'isNull' || op === 'isNotNull';
const isCohortOperator = (op: FilterOperator) => op === 'inCohort' || op === 'notInCohort';

export function draftFromState(state: FunnelViewState): FunnelDraft {
  const dates = state.from !== undefined && state.to !== undefined;
  return {
    steps: state.steps.map((step) => ({
      name: step.name,
      filters: (step.filters ?? []).map((f) => ({
        name: f.name,
        operator: f.operator,
        valueText: (isCohortOperator(f.operator) ? (f.cohortIds ?? []) : f.value.map(String)).join(
          ', ',
        ),
      })),
    })),
    period: dates ? 'dates' : state.range,
    from: dates ? (state.from ?? '') : '',
    to: dates ? (state.to ?? '') : '',
    window: String(state.window),
    unit: state.unit,
  };
}

function splitValues(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function filtersOf(step: DraftStep): FunnelStep['filters'] {
  // A filter row without a property name is an unfinished row, not a request: it is dropped.
  const filters = step.filters
    .filter((f) => f.name.trim() !== '')
    .map((f) => {
      const values = operatorTakesNoValue(f.operator) ? [] : splitValues(f.valueText);
      return isCohortOperator(f.operator)
        ? { name: f.name.trim(), operator: f.operator, value: [], cohortIds: values }
        : { name: f.name.trim(), operator: f.operator, value: values };
    });
  return filters.length > 0 ? filters : undefined;
}

/** The new URL state, or the first problem to show next to the Apply button. */
export function stateFromDraft(
  draft: FunnelDraft,
  base: FunnelViewState,
): { state: FunnelViewState } | { error: string } {
  if (draft.steps.some((s) => s.name.trim() === ''))
    return { error: 'Pick an event for every step.' };
  const window = Number(draft.window);
  if (!Number.isInteger(window) || window < 1 || window > 720) {
    return { error: 'The conversion window is a whole number of hours from 1 to 720.' };
  }
  const useDates = draft.period === 'dates';
  if (useDates && (draft.from === '' || draft.to === '')) {
    return { error: 'Pick both a start and an end date.' };
  }
  if (useDates && draft.from > draft.to) return { error: 'The end date is before the start date.' };
  const steps = draft.steps.map((s) => {
    const filters = filtersOf(s);
    return filters ? { name: s.name.trim(), filters } : { name: s.name.trim() };
  });
  return {
    state: {
      ...base,
      steps,
      range: useDates ? base.range : (draft.period as BffRange),
      from: useDates ? draft.from : undefined,
      to: useDates ? draft.to : undefined,
      window,
      unit: draft.unit,
    },
  };
}
