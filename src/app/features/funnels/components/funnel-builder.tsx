import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { BffRange } from '../../../../contract/bff-api.ts';
import { FUNNEL_MAX_STEPS, FUNNEL_MIN_STEPS } from '../../../../contract/funnel-view-state.ts';
import type { FunnelUnit, FunnelViewState } from '../../../../contract/funnel-view-state.ts';
import { eventNamesQuery } from '../../../api/event-names-query.ts';
import { draftFromState, stateFromDraft } from '../funnel-draft.ts';
import type { DraftStep, FunnelDraft } from '../funnel-draft.ts';
import { StepFilterEditor } from './step-filter-editor.tsx';

interface FunnelBuilderProps {
  projectId: string;
  state: FunnelViewState;
  onApply: (state: FunnelViewState) => void;
  filtersNote: string | null;
}

const PERIODS: [BffRange | 'dates', string][] = [
  ['today', 'Today'],
  ['yesterday', 'Yesterday'],
  ['last24h', 'Last 24 hours'],
  ['7d', 'Last 7 days'],
  ['30d', 'Last 30 days'],
  ['3m', 'Last 3 months'],
  ['6m', 'Last 6 months'],
  ['12m', 'Last 12 months'],
  ['monthToDate', 'This month'],
  ['lastMonth', 'Last month'],
  ['yearToDate', 'This year'],
  ['lastYear', 'Last year'],
  ['all_time', 'All time'],
  ['dates', 'Custom dates…'],
];

/** Columns and aliases that filters accept (§6.2); any `properties.<key>` works too. */
const FILTER_NAMES = [
  'path',
  'origin',
  'referrer_name',
  'country',
  'city',
  'browser',
  'os',
  'device',
];

const field =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:border-slate-600 dark:bg-slate-900';
const small =
  'rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none disabled:opacity-40 dark:text-slate-300 dark:hover:bg-slate-800';

/**
 * The step builder: edits a draft and writes the URL only on Apply. The parent keys it by the URL state,
 * so back/forward or a pasted link resets the draft to what the URL says.
 */
export function FunnelBuilder({ projectId, state, onApply, filtersNote }: FunnelBuilderProps) {
  const [draft, setDraft] = useState<FunnelDraft>(() => draftFromState(state));
  const [error, setError] = useState<string | null>(null);
  const names = useQuery(eventNamesQuery(projectId));
  const set = (patch: Partial<FunnelDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setStep = (index: number, patch: Partial<DraftStep>) =>
    set({ steps: draft.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
  const periods = PERIODS.some(([value]) => value === draft.period)
    ? PERIODS
    : [[draft.period, draft.period] as [BffRange, string], ...PERIODS];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = stateFromDraft(draft, state);
    if ('error' in result) return setError(result.error);
    setError(null);
    onApply(result.state);
  };

  return (
    <form onSubmit={submit} aria-label="Funnel builder" className="space-y-4">
      <datalist id="funnel-event-names">
        {names.data?.names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id="funnel-filter-names">
        {FILTER_NAMES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ol className="space-y-3">
        {draft.steps.map((step, index) => (
          <li key={index} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <div className="flex flex-wrap items-center gap-2">
              <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-800 dark:bg-indigo-900/60 dark:text-indigo-200">
                {index + 1}
              </span>
              <input
                aria-label={`Step ${index + 1} event`}
                list="funnel-event-names"
                placeholder="Event name"
                value={step.name}
                onChange={(e) => setStep(index, { name: e.target.value })}
                className={`${field} min-w-0 flex-1`}
              />
              <button
                type="button"
                className={small}
                aria-label={`Move step ${index + 1} up`}
                disabled={index === 0}
                onClick={() => {
                  const steps = [...draft.steps];
                  [steps[index - 1], steps[index]] = [steps[index]!, steps[index - 1]!];
                  set({ steps });
                }}
              >
                ↑
              </button>
              <button
                type="button"
                className={small}
                aria-label={`Remove step ${index + 1}`}
                disabled={draft.steps.length <= FUNNEL_MIN_STEPS}
                onClick={() => set({ steps: draft.steps.filter((_, i) => i !== index) })}
              >
                ✕
              </button>
            </div>
            <div className="mt-2 pl-8">
              <StepFilterEditor
                stepNumber={index + 1}
                filters={step.filters}
                onChange={(filters) => setStep(index, { filters })}
                note={filtersNote}
              />
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={`${small} border border-dashed border-slate-300 dark:border-slate-600`}
        disabled={draft.steps.length >= FUNNEL_MAX_STEPS}
        onClick={() => set({ steps: [...draft.steps, { name: '', filters: [] }] })}
      >
        + Add step
      </button>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-xs font-medium">
          Period
          <select
            value={draft.period}
            onChange={(e) => set({ period: e.target.value as FunnelDraft['period'] })}
            className={field}
          >
            {periods.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {draft.period === 'dates' && (
          <>
            <label className="flex flex-col gap-1 text-xs font-medium">
              From
              <input
                type="date"
                value={draft.from}
                onChange={(e) => set({ from: e.target.value })}
                className={field}
              />
            </label>
            <label className="flex flex-col gap-1 text-xs font-medium">
              To
              <input
                type="date"
                value={draft.to}
                onChange={(e) => set({ to: e.target.value })}
                className={field}
              />
            </label>
          </>
        )}
        <label className="flex flex-col gap-1 text-xs font-medium">
          Conversion window (hours)
          <input
            type="number"
            min={1}
            max={720}
            value={draft.window}
            onChange={(e) => set({ window: e.target.value })}
            className={`${field} w-28`}
          />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium">
          Count
          <select
            value={draft.unit}
            onChange={(e) => set({ unit: e.target.value as FunnelUnit })}
            className={field}
          >
            <option value="session">Sessions</option>
            <option value="profile">Profiles</option>
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:outline-none dark:ring-offset-slate-900"
        >
          Apply
        </button>
        {error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
