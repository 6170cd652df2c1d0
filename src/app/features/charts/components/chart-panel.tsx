import { Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Reference } from '../../../../contract/bff-api.ts';
import { ApiError } from '../../../api/api-fetch.ts';
import type { ShareAccess } from '../../../api/api-fetch.ts';
import { chartQuery } from '../api/chart-query.ts';
import type { ChartParams } from '../api/chart-query.ts';
import { chartCsv } from '../model/chart-csv.ts';
import { sensibleIntervals } from '../../../../contract/chart-sensible-intervals.ts';
import type { ChartViewState } from '../../../../contract/chart-view-state.ts';
import { downloadFile } from '../../../browser/download-file.ts';
import {
  AddReferenceDialog,
  loadChartPng,
  prefetchOnDemandChartCode,
  ReferencePopover,
} from './on-demand-chart-code.tsx';
import { ChartError, ChartSkeleton } from './chart-panel-states.tsx';
import { ShareMenu } from './share-menu.tsx';
import { SummaryCards } from './summary-cards.tsx';
import { TrendChart } from './trend-chart.tsx';
import { useChartReferenceActions } from './use-chart-reference-actions.tsx';
import { useDrawnChart } from '../use-drawn-chart.ts';

/** The plot is the figure minus the y axis (56) and the right margin (16). */
const AXIS_INSET = 72;

interface ChartPanelProps {
  projectId: string;
  state: ChartViewState;
  params: ChartParams;
  bffSearch: string;
  timeZone: string;
  references: readonly Reference[];
  canEdit: boolean;
  csrfToken: string | null;
  onChange: (patch: Partial<ChartViewState>) => void;
  onReferenceCreated: (reference: Reference) => void;
  /** Read-only share link: the chart is fetched with the token, and nothing can be created from it. */
  share?: ShareAccess | undefined;
}

/** The chart widget: its own query, skeleton on first load, busy hint on refetch, error, empty, data. */
export function ChartPanel(props: ChartPanelProps) {
  const { projectId, state, params, timeZone, references, onChange } = props;
  const chart = useQuery(chartQuery(projectId, params, props.share, timeZone));
  // Null until the figure is measured: drawing at a guessed width and again at the real one would
  // downsample and lay out 87,600 points twice (issue 4 §3).
  const [plotWidth, setPlotWidth] = useState<number | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const figureRef = useRef<HTMLElement>(null);
  const actions = useChartReferenceActions(projectId, timeZone, (deleted) => {
    if (state.ref === deleted.id) onChange({ ref: undefined });
  });
  const interval = state.interval ?? sensibleIntervals(state.range, state.from, state.to).default;
  const drawn = useDrawnChart(chart.data, {
    interval,
    limit: state.limit,
    offset: state.offset,
    hidden: state.hidden,
    references,
    timeZone,
    plotWidth: plotWidth ?? 800 - AXIS_INSET,
  });
  const hasData = drawn !== undefined && drawn.data.total > 0;
  useEffect(() => {
    if (hasData) prefetchOnDemandChartCode();
  }, [hasData]);
  useLayoutEffect(() => {
    if (!hasData || plotWidth !== null) return;
    // jsdom (tests) has no layout and reports 0: fall back to the chart's default 800 px.
    const measured = figureRef.current?.clientWidth ?? 0;
    setPlotWidth((measured > 0 ? measured : 800) - AXIS_INSET);
  }, [hasData, plotWidth]);

  // Stable callbacks, so the memoised TrendChart is not re-rendered by panel state it does not draw.
  const latest = useRef({ onChange, retime: actions.retime, canAdd: false });
  useLayoutEffect(() => {
    latest.current = {
      onChange,
      retime: actions.retime,
      canAdd: props.canEdit && !props.share && state.type !== 'metric',
    };
  });
  const onSelectReference = useCallback((ref: string) => latest.current.onChange({ ref }), []);
  const onWidth = useCallback((width: number) => setPlotWidth(Math.max(0, width)), []);
  const onRetime = useCallback(
    (reference: Reference, bucket: string, text: string) =>
      latest.current.retime(reference, bucket, text),
    [],
  );
  const onAddReference = useCallback((date: string) => {
    if (!latest.current.canAdd) return;
    setPicked(date);
    setAdding(date);
  }, []);

  if (chart.isPending) return <ChartSkeleton />;
  if (chart.isError) {
    return (
      <ChartError
        message={
          chart.error instanceof ApiError ? chart.error.message : 'The chart failed to load.'
        }
        retrying={chart.isFetching}
        onRetry={() => void chart.refetch()}
      />
    );
  }
  if (!drawn) return null; // unreachable: data is there once the query is neither pending nor failed
  const { data, visible, clusters, drawnRows } = drawn;
  const busy = chart.isFetching;

  if (data.total === 0) {
    const filtered = state.series.some((s) => s.filters.some((f) => f.name !== ''));
    // §5.3: a series without any matching event is left out, so no series means no data at all.
    return (
      <div className="flex h-80 flex-col items-center justify-center gap-2 rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm dark:border-slate-700">
        <p className="font-semibold">Nothing to draw</p>
        <p className="text-slate-600 dark:text-slate-300">
          {filtered
            ? 'No events match these filters in this range. Loosen a filter or pick a longer range.'
            : `No ${state.series.map((s) => (s.name === '*' ? 'events' : `“${s.name}”`)).join(' or ')} in this range. Pick a longer range or another event.`}
        </p>
        {busy && <p className="text-xs text-slate-500">Updating…</p>}
      </div>
    );
  }

  const selected = state.ref ? references.find((r) => r.id === state.ref) : undefined;
  const toggle = (key: string) =>
    onChange({
      hidden: state.hidden.includes(key)
        ? state.hidden.filter((h) => h !== key)
        : [...state.hidden, key],
    });

  return (
    <div className="space-y-4" aria-busy={busy}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ShareMenu
          projectId={projectId}
          bffSearch={props.bffSearch}
          canShare={props.canEdit && !props.share}
          csrfToken={props.csrfToken}
          onCsv={() =>
            downloadFile(
              new Blob(
                [
                  chartCsv(
                    data.rowsFor(),
                    data.series.map((s) => ({ id: s.key, label: s.label })),
                  ),
                ],
                { type: 'text/csv;charset=utf-8' },
              ),
              `chart-${projectId}.csv`,
            )
          }
          onPng={async () => {
            const svg = figureRef.current?.querySelector('svg.recharts-surface');
            if (!(svg instanceof SVGSVGElement)) throw new Error('No chart to export');
            const dark = document.documentElement.classList.contains('dark');
            const chartPng = await loadChartPng();
            downloadFile(
              await chartPng(svg, dark ? '#0f172a' : '#ffffff'),
              `chart-${projectId}.png`,
            );
          }}
        />
        <p
          role="status"
          className={`flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-300 ${busy ? '' : 'invisible'}`}
        >
          <span className="size-2 animate-pulse rounded-full bg-indigo-500" />
          {busy ? 'Updating…' : ''}
        </p>
      </div>
      <figure ref={figureRef} className={busy ? 'opacity-70 transition-opacity' : ''}>
        <figcaption className="sr-only">
          {data.series.map((s) => s.label).join(', ')}; {clusters.length} reference markers.
        </figcaption>
        {state.type === 'metric' || plotWidth === null ? null : (
          <TrendChart
            type={state.type}
            rows={drawnRows}
            series={visible}
            compare={state.compare}
            clusters={clusters}
            referenceTitles={drawn.referenceTitles}
            timeZone={timeZone}
            selectedRef={state.ref}
            onSelectReference={onSelectReference}
            onPickBucket={setPicked}
            onWidth={onWidth}
            initialWidth={plotWidth + AXIS_INSET}
            interval={interval}
            onRetime={props.canEdit ? onRetime : undefined}
            onAddReference={props.canEdit && !props.share ? onAddReference : undefined}
          />
        )}
      </figure>
      {picked && state.type !== 'metric' && !props.share && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            Selected <strong>{drawnRows.find((r) => r.date === picked)?.label ?? picked}</strong>
          </span>
          {props.canEdit ? (
            <button
              type="button"
              onClick={() => setAdding(picked)}
              className="rounded-md bg-amber-500 px-2.5 py-1 font-medium text-white hover:bg-amber-600 focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:ring-offset-2 focus-visible:outline-none"
            >
              Add reference here
            </button>
          ) : (
            <span className="text-slate-500">Only editors can add references.</span>
          )}
        </div>
      )}
      {selected && (
        <Suspense fallback={null}>
          <ReferencePopover
            projectId={projectId}
            reference={selected}
            timeZone={timeZone}
            canEdit={props.canEdit}
            linkToList={!props.share}
            onEdit={() => actions.edit(selected)}
            onDelete={() => actions.remove(selected)}
            onClose={() => onChange({ ref: undefined })}
          />
        </Suspense>
      )}
      <SummaryCards
        cards={data.cards}
        metric={state.metric}
        onMetric={(metric) => onChange({ metric })}
        onToggle={toggle}
        large={state.type === 'metric'}
      />
      {data.hasMore && (
        <button
          type="button"
          onClick={() => onChange({ limit: state.limit + 10 })}
          className="text-sm font-medium text-indigo-700 hover:underline focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:text-indigo-300"
        >
          Show more ({data.total - state.offset - state.limit} more series)
        </button>
      )}
      {actions.overlays}
      {adding && (
        <Suspense fallback={null}>
          <AddReferenceDialog
            projectId={projectId}
            csrfToken={props.csrfToken}
            timeZone={timeZone}
            bucket={adding}
            onClose={() => setAdding(null)}
            onCreated={(reference) => {
              setAdding(null);
              setPicked(null);
              props.onReferenceCreated(reference);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
