import type { Reference, SessionResponse } from '../../../../contract/bff-api.ts';
import type { ShareAccess } from '../../../api/api-fetch.ts';
import { chartBffParams } from '../api/chart-bff-params.ts';
import { useResolvedChartView } from '../api/use-resolved-chart-view.ts';
import { chartSearchString } from '../api/chart-query.ts';
import { chartRangeLabel } from '../../../../contract/chart-range-label.ts';
import type { ChartViewState } from '../../../../contract/chart-view-state.ts';
import { describeChartView } from '../describe-chart-view.ts';
import { ChartBuilder } from './chart-builder.tsx';
import { ChartPanel } from './chart-panel.tsx';

interface ChartsPageProps {
  projectId: string;
  state: ChartViewState;
  notices: readonly string[];
  timeZone: string;
  session: SessionResponse;
  references: readonly Reference[];
  referencesFailed: boolean;
  onChange: (patch: Partial<ChartViewState>) => void;
  onDismissNotices: () => void;
  onReferenceCreated: (reference: Reference) => void;
  /**
   * Read-only share link: the chart is fetched with the token and its exact query string; the builder,
   * the range switch and reference creation are hidden (the token grants no other request).
   */
  share?: ShareAccess | undefined;
}

export function ChartsPage(props: ChartsPageProps) {
  // A reference anchor (issue 5 §4) is resolved to days here; everything below sees those days.
  const resolved = useResolvedChartView(props.projectId, props.state, props.timeZone);
  const state = resolved.state;
  const notices = [...props.notices, ...resolved.notices];
  const params = chartBffParams(state);
  // Choosing another window (a preset, typed days, the live range) replaces the anchor.
  const onChange = (patch: Partial<ChartViewState>) =>
    props.onChange(
      ('range' in patch || 'from' in patch) && !('anchor' in patch)
        ? { ...patch, anchor: undefined }
        : patch,
    );
  const canEdit = props.session.user?.role === 'editor' && !props.share;
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <h1 id="page-title" className="text-2xl font-bold tracking-tight">
        {props.share ? 'Shared chart' : 'Charts'}
      </h1>
      {notices.length > 0 && (
        <div
          role="status"
          aria-label="Link notice"
          className="flex flex-wrap items-start gap-3 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <div className="min-w-0 flex-1">
            <p className="font-semibold">Parts of this link were ignored</p>
            <ul className="mt-1 list-disc pl-5">
              {notices.map((notice) => (
                <li key={notice} className="break-words">
                  {notice}
                </li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            onClick={
              // A reference that is gone stays in the link until the anchor itself is removed.
              props.state.anchor !== undefined && state.anchor === undefined
                ? () => props.onChange({ anchor: undefined })
                : props.onDismissNotices
            }
            className="rounded-md border border-amber-300 px-2.5 py-1 hover:bg-amber-100 focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:outline-none dark:border-amber-800 dark:hover:bg-amber-900/40"
          >
            Clean up link
          </button>
        </div>
      )}
      {!props.share && (
        <div className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900">
          <ChartBuilder
            projectId={props.projectId}
            state={state}
            timeZone={props.timeZone}
            onChange={onChange}
          />
        </div>
      )}
      <article className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
        <header className="mb-4 space-y-1">
          <h2 className="text-base font-semibold break-words" data-testid="chart-description">
            {describeChartView(state)}
          </h2>
          {state.from !== undefined && state.to !== undefined && !props.share && (
            <button
              type="button"
              onClick={() => onChange({ from: undefined, to: undefined, interval: undefined })}
              className="text-xs font-medium text-indigo-700 hover:underline focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:text-indigo-300"
            >
              Switch to the live range ({chartRangeLabel(state.range)})
            </button>
          )}
          <p className="text-xs text-slate-500 dark:text-slate-400">
            {props.referencesFailed
              ? 'Reference markers could not be loaded.'
              : props.share
                ? `Times in ${props.timeZone}.`
                : `Times in ${props.timeZone}. Click a point to add a reference.`}
          </p>
        </header>
        {resolved.pending ? (
          <p role="status" className="text-sm text-slate-500 dark:text-slate-400">
            Loading the references this window is anchored on…
          </p>
        ) : (
          <ChartPanel
            projectId={props.projectId}
            state={state}
            params={params}
            bffSearch={chartSearchString(params)}
            timeZone={props.timeZone}
            references={props.references}
            canEdit={canEdit}
            csrfToken={props.session.csrfToken}
            onChange={onChange}
            onReferenceCreated={props.onReferenceCreated}
            share={props.share}
          />
        )}
      </article>
    </section>
  );
}
