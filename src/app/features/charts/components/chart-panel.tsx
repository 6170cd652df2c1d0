import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Reference } from '../../../../contract/bff-api.ts';
import { ApiError } from '../../../api/api-fetch.ts';
import type { ShareAccess } from '../../../api/api-fetch.ts';
import { chartQuery } from '../api/chart-query.ts';
import type { ChartParams } from '../api/chart-query.ts';
import { chartPanelData } from '../chart-panel-data.ts';
import { chartCsv } from '../model/chart-csv.ts';
import { sensibleIntervals } from '../../../../contract/chart-sensible-intervals.ts';
import type { ChartViewState } from '../../../../contract/chart-view-state.ts';
import { markerClusters } from '../marker-clusters.ts';
import { downsampleRows } from '../model/downsample.ts';
import { referencesInBuckets } from '../model/references-in-buckets.ts';
import { AddReferenceDialog } from './add-reference-dialog.tsx';
import { chartPng } from './chart-png.ts';
import { downloadFile } from './download-file.ts';
import { ReferencePopover } from './reference-popover.tsx';
import { ShareMenu } from './share-menu.tsx';
import { SummaryCards } from './summary-cards.tsx';
import { TrendChart } from './trend-chart.tsx';
import { useChartReferenceActions } from './use-chart-reference-actions.tsx';

/** Below this many buckets nothing is dropped. */
const MIN_DRAWN = 400;

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
  const [plotWidth, setPlotWidth] = useState(800);
  const [picked, setPicked] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const figureRef = useRef<HTMLElement>(null);
  const actions = useChartReferenceActions(projectId, timeZone, (deleted) => {
    if (state.ref === deleted.id) onChange({ ref: undefined });
  });

  if (chart.isPending) {
    return (
      <div aria-label="Loading chart" role="status" className="space-y-3">
        <div className="h-80 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />
        <div className="h-16 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />
      </div>
    );
  }
  if (chart.isError) {
    const message =
      chart.error instanceof ApiError ? chart.error.message : 'The chart failed to load.';
    return (
      <div
        role="alert"
        className="flex h-80 flex-col items-center justify-center gap-3 rounded-xl border border-red-200 bg-red-50 p-6 text-center text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
      >
        <p className="font-semibold">The chart could not be loaded</p>
        <p>{message}</p>
        <button
          type="button"
          onClick={() => void chart.refetch()}
          disabled={chart.isFetching}
          className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 focus-visible:ring-2 focus-visible:ring-red-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-60"
        >
          {chart.isFetching ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    );
  }

  const interval = state.interval ?? sensibleIntervals(state.range, state.from, state.to).default;
  const data = chartPanelData(chart.data, {
    interval,
    limit: state.limit,
    offset: state.offset,
    hidden: state.hidden,
  });
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

  const visible = data.series.filter((s) => !s.hidden);
  const dates = data.rows.map((row) => row.date);
  const clusters = markerClusters(
    referencesInBuckets(references, dates, interval, timeZone),
    dates,
    plotWidth,
  );
  // Draw at most ~2 points per pixel column; tooltip and CSV keep the full rows (the drawn rows are the
  // same objects). Buckets holding a reference marker are always drawn, or the marker would have no x.
  const keys = visible.flatMap((s) => [s.key, `${s.key}:prev`]);
  const kept = new Set(downsampleRows(data.rows, keys, Math.max(MIN_DRAWN, plotWidth * 2)));
  const markerDates = new Set(clusters.map((c) => c.date));
  const drawnRows = data.rows.filter((row) => kept.has(row) || markerDates.has(row.date));
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
                    data.rows,
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
        {state.type === 'metric' ? null : (
          <TrendChart
            type={state.type}
            rows={drawnRows}
            series={visible}
            compare={state.compare}
            clusters={clusters}
            timeZone={timeZone}
            selectedRef={state.ref}
            onSelectReference={(ref) => onChange({ ref })}
            onPickBucket={setPicked}
            onWidth={setPlotWidth}
            interval={interval}
            onRetime={props.canEdit ? actions.retime : undefined}
          />
        )}
      </figure>
      {picked && state.type !== 'metric' && !props.share && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            Selected <strong>{data.rows.find((r) => r.date === picked)?.label ?? picked}</strong>
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
        <ReferencePopover
          projectId={projectId}
          reference={selected}
          timeZone={timeZone}
          canEdit={props.canEdit}
          onEdit={() => actions.edit(selected)}
          onDelete={() => actions.remove(selected)}
          onClose={() => onChange({ ref: undefined })}
        />
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
      )}
    </div>
  );
}
