import { useQuery } from '@tanstack/react-query';
import type { Reference } from '../../../../contract/bff-api.ts';
import type { FunnelViewState } from '../../../../contract/funnel-view-state.ts';
import type { ShareAccess } from '../../../api/api-fetch.ts';
import { funnelApiSearch, funnelQuery } from '../api/funnel-query.ts';
import { previousWindow, splitWindows, stateWindow } from '../funnel-windows.ts';
import { windowLabel } from '../window-label.ts';
import { FunnelActions } from './funnel-actions.tsx';
import { FunnelBuilder } from './funnel-builder.tsx';
import { FunnelReferences } from './funnel-references.tsx';
import { FunnelResult } from './funnel-result.tsx';
import { FunnelSplit } from './funnel-split.tsx';

export interface FunnelPageProps {
  projectId: string;
  state: FunnelViewState;
  /** URL parts that were ignored while parsing (shown, never silently dropped). */
  issues: readonly string[];
  timeZone: string;
  /** `undefined` while loading; `null` when the references failed to load. */
  references: readonly Reference[] | null | undefined;
  /** Fixed per page visit, so relative windows (30min, today) do not move on every render. */
  now: number;
  canShare: boolean;
  csrfToken: string | null;
  onStateChange: (state: FunnelViewState) => void;
  /**
   * Read-only share link: the one funnel run the token grants (its exact query string, sent with the
   * token). The builder, comparison, references and split are left out: each would need another request.
   */
  share?: ShareAccess | undefined;
}

const card =
  'rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900';

/** The Funnels page: builder, references in the window, the funnel (with comparison) and its split. */
export function FunnelPage(props: FunnelPageProps) {
  const { projectId, state, issues, timeZone, references, now, onStateChange, share } = props;
  const apiSearch = share ? share.search : funnelApiSearch(state);
  const main = useQuery(funnelQuery(projectId, apiSearch, share?.token));
  const period = stateWindow(state, now, timeZone);
  const label = windowLabel(period, timeZone);
  const unitLabel = state.unit === 'profile' ? 'profiles' : 'sessions';
  const comparePossible = state.from !== undefined || state.range !== 'all_time';
  const comparison =
    state.compare === 'previous' && comparePossible && !share
      ? (() => {
          const previous = previousWindow(period, timeZone);
          return {
            search: funnelApiSearch(state, previous),
            label: `Previous period (${windowLabel(previous, timeZone)})`,
            shortLabel: 'Previous',
          };
        })()
      : undefined;
  const inWindow = (share ? [] : (references ?? []))
    .filter((r) => {
      const at = Date.parse(r.date);
      return at >= period.start && at < period.end;
    })
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const splitReference = inWindow.find((r) => r.id === state.split);
  const halves = splitReference ? splitWindows(period, Date.parse(splitReference.date)) : null;

  const source = main.data?.source;
  const filtersNote =
    source !== 'insights'
      ? null
      : main.data?.perStepFiltersApplied === false
        ? 'Not applied: this OpenPanel server has no per-step filters, so the counts ignore them.'
        : 'This OpenPanel server does not support per-step filters.';

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <h1 id="page-title" className="text-2xl font-bold tracking-tight">
        {share ? 'Shared funnel' : 'Funnels'}
      </h1>
      {issues.length > 0 && (
        <p
          role="note"
          className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          Parts of this link were ignored and replaced by defaults: {issues.join('; ')}.
        </p>
      )}
      {!share && (
        <article className={card} aria-labelledby="builder-title">
          <h2 id="builder-title" className="mb-3 text-base font-semibold">
            Steps
          </h2>
          <FunnelBuilder
            key={apiSearch}
            projectId={projectId}
            state={state}
            onApply={(next) => onStateChange(next)}
            filtersNote={filtersNote}
          />
        </article>
      )}
      <article className={card} aria-labelledby="funnel-title">
        <header className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="funnel-title" className="text-base font-semibold">
            Funnel · {label}
          </h2>
          {!share && (
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={state.compare === 'previous'}
                disabled={!comparePossible}
                onChange={(e) =>
                  onStateChange({ ...state, compare: e.target.checked ? 'previous' : undefined })
                }
                className="size-4 rounded accent-indigo-600"
              />
              Compare with previous period
            </label>
          )}
        </header>
        <div className="mb-4 space-y-2">
          {share && filtersNote && (
            <p role="note" className="text-xs text-slate-500 dark:text-slate-400">
              Step filters: {filtersNote}
            </p>
          )}
          {references === null && !share && (
            <p className="text-xs text-slate-500 dark:text-slate-400">
              References could not be loaded.
            </p>
          )}
          {inWindow.length > 0 && (
            <FunnelReferences
              references={inWindow}
              timeZone={timeZone}
              splitAt={state.split}
              onSplit={(split) => onStateChange({ ...state, split })}
            />
          )}
          {state.split !== undefined && references && !halves && !share && (
            <p role="note" className="text-xs text-amber-800 dark:text-amber-300">
              The reference to split at is not inside this period, so the funnel is not split.
            </p>
          )}
        </div>
        {splitReference && halves && (
          <>
            <FunnelSplit
              projectId={projectId}
              state={state}
              reference={splitReference}
              halves={halves}
              timeZone={timeZone}
              unitLabel={unitLabel}
            />
            <h3 className="mb-3 text-sm font-semibold">Whole period</h3>
          </>
        )}
        <FunnelResult
          label="Funnel"
          projectId={projectId}
          search={apiSearch}
          shareToken={share?.token}
          unitLabel={unitLabel}
          comparison={comparison}
          emptyText={`No ${unitLabel} started with “${state.steps[0]?.name ?? ''}” in ${label}.`}
          actions={(funnel, compared) => (
            <FunnelActions
              projectId={projectId}
              apiSearch={apiSearch}
              funnel={funnel}
              comparison={compared}
              fileName={`funnel-${projectId}.csv`}
              canShare={props.canShare && !share}
              csrfToken={props.csrfToken}
            />
          )}
        />
      </article>
    </section>
  );
}
