import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { eventsRangeSchema } from '../../../../contract/events-view-state.ts';
import type { EventsViewState } from '../../../../contract/events-view-state.ts';
import { exportEventIncludeSchema } from '../../../../contract/openpanel-events.ts';
import { eventNamesQuery } from '../../../api/event-names-query.ts';
import { INCLUDE_LABELS } from '../event-fields.ts';

const RANGE_LABELS: Record<EventsViewState['range'], string> = {
  all_time: 'All time',
  today: 'Today',
  yesterday: 'Yesterday',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
};
/** 50 is the seed's page size; 1000 is the upstream's largest (§4.1). */
const PAGE_SIZES = [50, 100, 250, 500, 1000];

const field =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-600 dark:bg-slate-900';

interface EventsToolbarProps {
  projectId: string;
  state: EventsViewState;
  /** Today in the organization's zone: where a new custom window starts. */
  today: string;
  /** Every change goes back to page 1: the old page number means nothing in a new result set. */
  onChange: (patch: Partial<EventsViewState>) => void;
}

/** Event names, date window, included fields and page size. */
export function EventsToolbar({ projectId, state, today, onChange }: EventsToolbarProps) {
  const names = useQuery(eventNamesQuery(projectId));
  const [draft, setDraft] = useState('');
  const id = useId();
  const custom = state.from !== undefined && state.to !== undefined;

  const addName = () => {
    const name = draft.trim();
    if (name && !state.events.includes(name)) onChange({ events: [...state.events, name] });
    setDraft('');
  };

  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col text-xs font-medium">
        <label htmlFor={`${id}-event`}>Events</label>
        <div className="mt-1 flex flex-wrap items-center gap-1">
          {state.events.map((name) => (
            <span
              key={name}
              className="flex items-center gap-1 rounded-full bg-slate-200 py-0.5 pl-2 pr-1 text-sm dark:bg-slate-700"
            >
              {name}
              <button
                type="button"
                aria-label={`Remove event ${name}`}
                onClick={() => onChange({ events: state.events.filter((n) => n !== name) })}
                className="flex size-5 items-center justify-center rounded-full hover:bg-slate-300 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:hover:bg-slate-600"
              >
                ×
              </button>
            </span>
          ))}
          <input
            id={`${id}-event`}
            list={`${id}-names`}
            value={draft}
            placeholder={state.events.length ? 'Add another…' : 'All events'}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addName();
              }
            }}
            onBlur={addName}
            className={`${field} w-40`}
          />
          <datalist id={`${id}-names`}>
            {(names.data?.names ?? []).map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </div>
      </div>

      <label className="flex flex-col text-xs font-medium">
        Date range
        <select
          value={custom ? 'custom' : state.range}
          onChange={(e) => {
            const value = e.target.value;
            if (value === 'custom') onChange({ from: state.from ?? today, to: state.to ?? today });
            else
              onChange({ range: eventsRangeSchema.parse(value), from: undefined, to: undefined });
          }}
          className={`${field} mt-1`}
        >
          {eventsRangeSchema.options.map((r) => (
            <option key={r} value={r}>
              {RANGE_LABELS[r]}
            </option>
          ))}
          <option value="custom">Custom days…</option>
        </select>
      </label>
      {custom && (
        <>
          <label className="flex flex-col text-xs font-medium">
            From
            <input
              type="date"
              value={state.from}
              max={state.to}
              onChange={(e) => e.target.value && onChange({ from: e.target.value })}
              className={`${field} mt-1`}
            />
          </label>
          <label className="flex flex-col text-xs font-medium">
            To
            <input
              type="date"
              value={state.to}
              min={state.from}
              onChange={(e) => e.target.value && onChange({ to: e.target.value })}
              className={`${field} mt-1`}
            />
          </label>
        </>
      )}

      <details className="relative text-sm">
        <summary className="cursor-pointer rounded-md border border-slate-300 px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-600">
          Fields{state.include.length > 0 ? ` (+${state.include.length})` : ''}
        </summary>
        <fieldset className="absolute z-20 mt-1 grid w-72 grid-cols-2 gap-1 rounded-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <legend className="sr-only">Included fields</legend>
          {exportEventIncludeSchema.options.map((name) => (
            <label key={name} className="flex items-center gap-2 text-xs">
              <input
                type="checkbox"
                checked={state.include.includes(name)}
                onChange={(e) =>
                  onChange({
                    include: e.target.checked
                      ? [...state.include, name]
                      : state.include.filter((n) => n !== name),
                  })
                }
                className="focus-visible:ring-2 focus-visible:ring-indigo-500"
              />
              {INCLUDE_LABELS[name]}
            </label>
          ))}
        </fieldset>
      </details>

      <label className="flex flex-col text-xs font-medium">
        Rows per page
        <select
          value={PAGE_SIZES.includes(state.size) ? state.size : 'other'}
          onChange={(e) => onChange({ size: Number(e.target.value) })}
          className={`${field} mt-1`}
        >
          {PAGE_SIZES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          {!PAGE_SIZES.includes(state.size) && <option value="other">{state.size}</option>}
        </select>
      </label>
    </div>
  );
}
