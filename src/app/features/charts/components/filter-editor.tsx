import { useId } from 'react';
import { FILTER_OPERATOR_LABELS } from '../../../../contract/filter-operator-label.ts';
import { filterOperatorSchema } from '../../../../contract/openpanel-common.ts';
import type { Filter, FilterOperator } from '../../../../contract/openpanel-common.ts';
import { CommitInput, inputClass } from './commit-input.tsx';

/** The operators of the §6 grammar the builder offers (the cohort ones need cohorts, which we do not list). */
const OPERATORS = filterOperatorSchema.options
  .filter((op) => op !== 'inCohort' && op !== 'notInCohort')
  .map((value) => ({ value, label: FILTER_OPERATOR_LABELS[value] }));

/** isNull/isNotNull ignore `value` (§6); numeric comparisons take one number. */
const NO_VALUE: readonly FilterOperator[] = ['isNull', 'isNotNull'];
const NUMERIC: readonly FilterOperator[] = ['gt', 'lt', 'gte', 'lte'];

/** Values are typed comma-separated; `is`/`isNot` match any of them (§6). */
function parseValues(text: string, operator: FilterOperator): Filter['value'] {
  if (NO_VALUE.includes(operator)) return [];
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (!NUMERIC.includes(operator)) return parts;
  return parts.map((part) => (Number.isFinite(Number(part)) ? Number(part) : part));
}

interface FilterEditorProps {
  filters: readonly Filter[];
  propertyKeys: readonly string[];
  onChange: (filters: Filter[]) => void;
  /** Names the series in labels, so screen readers can tell several filter lists apart. */
  label: string;
}

/** Rows of `property operator value`, ANDed (§6). */
export function FilterEditor({ filters, propertyKeys, onChange, label }: FilterEditorProps) {
  const listId = useId();
  const update = (index: number, patch: Partial<Filter>) =>
    onChange(filters.map((filter, i) => (i === index ? { ...filter, ...patch } : filter)));

  return (
    <div className="space-y-2">
      <datalist id={listId}>
        {propertyKeys.map((key) => (
          <option key={key} value={key} />
        ))}
      </datalist>
      {filters.map((filter, index) => (
        <div key={index} className="flex flex-wrap items-center gap-1.5">
          <span className="text-xs text-slate-500 dark:text-slate-400">
            {index === 0 ? 'where' : 'and'}
          </span>
          <CommitInput
            aria-label={`${label} filter ${index + 1} property`}
            list={listId}
            value={filter.name}
            placeholder="property"
            onCommit={(name) => update(index, { name })}
            className="w-40 min-w-0"
          />
          <select
            aria-label={`${label} filter ${index + 1} operator`}
            value={filter.operator}
            onChange={(event) => {
              const operator = event.target.value as FilterOperator;
              update(index, {
                operator,
                value: parseValues(filter.value.map(String).join(', '), operator),
              });
            }}
            className={inputClass}
          >
            {OPERATORS.map((op) => (
              <option key={op.value} value={op.value}>
                {op.label}
              </option>
            ))}
          </select>
          {!NO_VALUE.includes(filter.operator) && (
            <CommitInput
              aria-label={`${label} filter ${index + 1} value`}
              value={filter.value.map(String).join(', ')}
              placeholder={NUMERIC.includes(filter.operator) ? 'number' : 'value, value…'}
              inputMode={NUMERIC.includes(filter.operator) ? 'decimal' : undefined}
              onCommit={(text) => update(index, { value: parseValues(text, filter.operator) })}
              className="w-40 min-w-0"
            />
          )}
          <button
            type="button"
            aria-label={`Remove ${label} filter ${index + 1}`}
            onClick={() => onChange(filters.filter((_, i) => i !== index))}
            className="rounded px-1.5 text-slate-500 dark:text-slate-400 hover:bg-slate-100 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:hover:bg-slate-800 dark:hover:text-slate-100"
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...filters, { name: '', operator: 'is', value: [] }])}
        className="text-xs font-medium text-indigo-700 hover:underline focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:text-indigo-300"
      >
        + Add filter
      </button>
    </div>
  );
}
