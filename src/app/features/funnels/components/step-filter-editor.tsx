import { FILTER_OPERATOR_LABELS } from '../../../../contract/filter-operator-label.ts';
import { filterOperatorSchema } from '../../../../contract/openpanel-common.ts';
import type { FilterOperator } from '../../../../contract/openpanel-common.ts';
import { operatorTakesNoValue } from '../funnel-draft.ts';
import type { DraftFilter } from '../funnel-draft.ts';

interface StepFilterEditorProps {
  stepNumber: number;
  filters: DraftFilter[];
  onChange: (filters: DraftFilter[]) => void;
  /** Said next to the controls when the upstream cannot apply per-step filters (insights fallback, §7.2). */
  note: string | null;
}

const input =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:border-slate-600 dark:bg-slate-900';

/** Per-step filters (§6 grammar, ANDed); several values in one filter are comma-separated. */
export function StepFilterEditor({ stepNumber, filters, onChange, note }: StepFilterEditorProps) {
  const update = (index: number, patch: Partial<DraftFilter>) =>
    onChange(filters.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  return (
    <div className="space-y-2">
      {filters.map((filter, index) => {
        const label = `Step ${stepNumber} filter ${index + 1}`;
        return (
          <fieldset key={index} className="flex flex-wrap items-center gap-2">
            <legend className="sr-only">{label}</legend>
            <input
              aria-label={`${label} property`}
              placeholder="properties.plan"
              list="funnel-filter-names"
              value={filter.name}
              onChange={(e) => update(index, { name: e.target.value })}
              className={`${input} w-40 min-w-0 flex-1`}
            />
            <select
              aria-label={`${label} operator`}
              value={filter.operator}
              onChange={(e) => update(index, { operator: e.target.value as FilterOperator })}
              className={input}
            >
              {filterOperatorSchema.options.map((op) => (
                <option key={op} value={op}>
                  {FILTER_OPERATOR_LABELS[op]}
                </option>
              ))}
            </select>
            {!operatorTakesNoValue(filter.operator) && (
              <input
                aria-label={`${label} values`}
                placeholder={filter.operator.endsWith('Cohort') ? 'cohort ids' : 'value, value'}
                value={filter.valueText}
                onChange={(e) => update(index, { valueText: e.target.value })}
                className={`${input} w-32 min-w-0 flex-1`}
              />
            )}
            <button
              type="button"
              aria-label={`Remove ${label.toLowerCase()}`}
              onClick={() => onChange(filters.filter((_, i) => i !== index))}
              className="rounded-md px-2 py-1 text-slate-500 dark:text-slate-400 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:hover:bg-slate-800"
            >
              ✕
            </button>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => onChange([...filters, { name: '', operator: 'is', valueText: '' }])}
          className="text-xs font-medium text-indigo-700 hover:underline focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:text-indigo-300"
        >
          + Add filter to step {stepNumber}
        </button>
        {note && (
          <p className="text-xs text-amber-800 dark:text-amber-300" data-testid="filters-note">
            {note}
          </p>
        )}
      </div>
    </div>
  );
}
