import { useId } from 'react';
import { REFERENCES_SORT_LABELS, referencesSortSchema } from '../references-search.ts';
import type { ReferencesSearch, ReferencesSort } from '../references-search.ts';
import { fieldClass } from './reference-styles.ts';

interface ReferencesToolbarProps {
  search: ReferencesSearch;
  timeZone: string;
  onChange: (next: ReferencesSearch) => void;
}

/** Search, an inclusive day range (days in the organization's zone) and the sort order. */
export function ReferencesToolbar({ search, timeZone, onChange }: ReferencesToolbarProps) {
  const id = useId();
  const label = 'block text-xs font-medium text-slate-600 dark:text-slate-400';
  const put = (key: keyof ReferencesSearch, value: string) =>
    onChange({ ...search, [key]: value === '' ? undefined : value });
  return (
    <div role="search" className="grid grid-cols-2 gap-3 lg:grid-cols-[2fr_1fr_1fr_1.2fr]">
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor={`${id}-q`} className={label}>
          Search
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={search.q ?? ''}
          onChange={(e) => put('q', e.target.value)}
          placeholder="Title or description"
          className={`${fieldClass} mt-1`}
        />
      </div>
      <div>
        <label htmlFor={`${id}-from`} className={label}>
          From <span className="sr-only">(day in {timeZone})</span>
        </label>
        <input
          id={`${id}-from`}
          type="date"
          value={search.from ?? ''}
          max={search.to}
          onChange={(e) => put('from', e.target.value)}
          className={`${fieldClass} mt-1`}
        />
      </div>
      <div>
        <label htmlFor={`${id}-to`} className={label}>
          To <span className="sr-only">(day in {timeZone})</span>
        </label>
        <input
          id={`${id}-to`}
          type="date"
          value={search.to ?? ''}
          min={search.from}
          onChange={(e) => put('to', e.target.value)}
          className={`${fieldClass} mt-1`}
        />
      </div>
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor={`${id}-sort`} className={label}>
          Sort
        </label>
        <select
          id={`${id}-sort`}
          value={search.sort ?? 'date-desc'}
          onChange={(e) => {
            const sort: ReferencesSort = referencesSortSchema.parse(e.target.value);
            onChange({ ...search, sort: sort === 'date-desc' ? undefined : sort });
          }}
          className={`${fieldClass} mt-1`}
        >
          {referencesSortSchema.options.map((option) => (
            <option key={option} value={option}>
              {REFERENCES_SORT_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
