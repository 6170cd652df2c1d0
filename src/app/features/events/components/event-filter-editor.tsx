import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import {
  filterOperatorSchema,
  filterValueTypeSchema,
} from '../../../../contract/openpanel-common.ts';
import type { Filter, FilterOperator } from '../../../../contract/openpanel-common.ts';
import { EVENTS_MAX_FILTERS } from '../../../../contract/events-view-state.ts';

const NO_VALUE: FilterOperator[] = ['isNull', 'isNotNull'];
const COHORT: FilterOperator[] = ['inCohort', 'notInCohort'];
/** Names people filter by most (§6.2); any other name can be typed. */
const SUGGESTED = [
  'name',
  'path',
  'country',
  'city',
  'os',
  'browser',
  'device',
  'referrer',
  'referrerName',
  'referrerType',
  'profileId',
  'has_profile',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'properties.',
  'profile.properties.',
];

/** `properties.plan is pro, team` */
export function describeFilter(filter: Filter): string {
  const values = filter.value.map((v) => String(v)).join(', ');
  const typed = filter.type && filter.type !== 'string' ? ` (${filter.type})` : '';
  const cohorts = filter.cohortIds?.length ? ` ${filter.cohortIds.join(', ')}` : '';
  return `${filter.name} ${filter.operator}${values ? ` ${values}` : ''}${cohorts}${typed}`;
}

interface EventFilterEditorProps {
  filters: Filter[];
  onChange: (filters: Filter[]) => void;
}

/** The view's filters as removable chips, and a form for one more in the full §6 grammar. */
export function EventFilterEditor({ filters, onChange }: EventFilterEditorProps) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [operator, setOperator] = useState<FilterOperator>('is');
  const [values, setValues] = useState('');
  const [type, setType] = useState('');
  const id = useId();
  const full = filters.length >= EVENTS_MAX_FILTERS;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const list = values
      .split('\n')
      .map((v) => v.trim())
      .filter(Boolean);
    const filter: Filter = {
      name: name.trim(),
      operator,
      value: NO_VALUE.includes(operator) || COHORT.includes(operator) ? [] : list,
      ...(type ? { type: filterValueTypeSchema.parse(type) } : {}),
      ...(COHORT.includes(operator) ? { cohortIds: list } : {}),
    };
    onChange([...filters, filter]);
    setOpen(false);
    setName('');
    setValues('');
    setType('');
    setOperator('is');
  };

  const valueLabel = COHORT.includes(operator)
    ? 'Cohort ids (one per line)'
    : 'Values (one per line)';
  const needsValues = !NO_VALUE.includes(operator);
  const field =
    'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-600 dark:bg-slate-900';

  return (
    <div className="space-y-2">
      <ul aria-label="Filters" className="flex flex-wrap items-center gap-2">
        {filters.map((f, i) => (
          <li
            key={`${i}-${f.name}`}
            className="flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pl-3 pr-1 text-sm text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100"
          >
            <span className="max-w-[18rem] truncate" title={describeFilter(f)}>
              {describeFilter(f)}
            </span>
            <button
              type="button"
              aria-label={`Remove filter ${describeFilter(f)}`}
              onClick={() => onChange(filters.filter((_, j) => j !== i))}
              className="flex size-6 items-center justify-center rounded-full hover:bg-indigo-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:hover:bg-indigo-900"
            >
              ×
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            disabled={full}
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
            className="rounded-full border border-dashed border-slate-400 px-3 py-0.5 text-sm text-slate-700 hover:border-indigo-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:opacity-50 dark:border-slate-500 dark:text-slate-300"
          >
            {full ? `At most ${EVENTS_MAX_FILTERS} filters` : '+ Add filter'}
          </button>
        </li>
      </ul>
      {open && (
        <form
          aria-label="New filter"
          onSubmit={submit}
          className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900/60"
        >
          <label className="flex flex-col text-xs font-medium">
            Field
            <input
              required
              list={`${id}-names`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="country, properties.plan…"
              className={`${field} mt-1 w-48`}
            />
            <datalist id={`${id}-names`}>
              {SUGGESTED.map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
          </label>
          <label className="flex flex-col text-xs font-medium">
            Operator
            <select
              value={operator}
              onChange={(e) => setOperator(filterOperatorSchema.parse(e.target.value))}
              className={`${field} mt-1`}
            >
              {filterOperatorSchema.options.map((op) => (
                <option key={op}>{op}</option>
              ))}
            </select>
          </label>
          {needsValues && (
            <label className="flex flex-col text-xs font-medium">
              {valueLabel}
              <textarea
                required
                rows={1}
                value={values}
                onChange={(e) => setValues(e.target.value)}
                className={`${field} mt-1 w-48`}
              />
            </label>
          )}
          <label className="flex flex-col text-xs font-medium">
            Compare as
            <select
              value={type}
              onChange={(e) => setType(e.target.value)}
              className={`${field} mt-1`}
            >
              <option value="">text (default)</option>
              {filterValueTypeSchema.options
                .filter((t) => t !== 'string')
                .map((t) => (
                  <option key={t}>{t}</option>
                ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2"
          >
            Apply filter
          </button>
        </form>
      )}
    </div>
  );
}
