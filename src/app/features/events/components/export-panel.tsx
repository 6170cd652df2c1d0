import { useRef, useState } from 'react';
import type { ExportEventInclude } from '../../../../contract/openpanel-events.ts';
import type { EventsBffParams } from '../events-bff-params.ts';
import { blobSink, fileSink } from '../csv-sinks.ts';
import {
  exportFileName,
  exportFraction,
  exportWindow,
  secondsLeft,
  timeLeftLabel,
} from '../export-planner.ts';
import type { ExportProgress } from '../export-planner.ts';
import { runEventsExport } from '../run-events-export.ts';

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress | null; startedAt: number; now: number }
  | { phase: 'done'; progress: ExportProgress }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

interface ExportPanelProps {
  projectId: string;
  /** The view's parameters; captured once when the export starts. */
  params: EventsBffParams;
  includes: ExportEventInclude[];
  today: string;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** CSV export of EVERY matching event (not just the page), with progress, time left and cancel. */
export function ExportPanel({ projectId, params, includes, today }: ExportPanelProps) {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const start = async () => {
    const fileName = exportFileName(projectId, today);
    // The picker must open inside the click's user gesture, before any other await.
    let sink;
    try {
      sink = (await fileSink(fileName)) ?? blobSink(fileName);
    } catch {
      return; // the user closed the save dialog
    }
    const controller = new AbortController();
    abort.current = controller;
    const startedAt = Date.now();
    setState({ phase: 'running', progress: null, startedAt, now: startedAt });
    try {
      const progress = await runEventsExport({
        projectId,
        base: exportWindow(params),
        includes,
        sink,
        signal: controller.signal,
        onProgress: (p) => setState({ phase: 'running', progress: p, startedAt, now: Date.now() }),
      });
      setState({ phase: 'done', progress });
    } catch (error) {
      if (controller.signal.aborted) setState({ phase: 'cancelled' });
      else
        setState({
          phase: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
    } finally {
      abort.current = null;
    }
  };

  const running = state.phase === 'running';
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      {running ? (
        <button type="button" onClick={() => abort.current?.abort()} className={secondary}>
          Cancel export
        </button>
      ) : (
        <button type="button" onClick={() => void start()} className={primary}>
          Export CSV (all matching events)
        </button>
      )}
      {state.phase === 'running' && (
        <div className="flex min-w-[14rem] flex-1 items-center gap-2">
          <progress
            aria-label="Export progress"
            max={1}
            value={state.progress ? exportFraction(state.progress) : undefined}
            className="h-2 w-40 overflow-hidden rounded accent-indigo-600"
          />
          <span role="status" className="text-slate-600 dark:text-slate-400">
            {state.progress
              ? `${fmt(state.progress.rows)} of ${fmt(state.progress.totalCount)} rows · ${timeLeftLabel(
                  secondsLeft(
                    state.now - state.startedAt,
                    state.progress.rows,
                    state.progress.totalCount,
                  ),
                )}`
              : 'Starting…'}
          </span>
        </div>
      )}
      {state.phase === 'done' && (
        <span role="status" className="text-emerald-700 dark:text-emerald-400">
          Exported {fmt(state.progress.rows)} events
          {state.progress.rows !== state.progress.totalCount &&
            ` (OpenPanel counted ${fmt(state.progress.totalCount)} when the export started)`}
          .
        </span>
      )}
      {state.phase === 'cancelled' && (
        <span role="status" className="text-slate-600 dark:text-slate-400">
          Export cancelled; no file was saved.
        </span>
      )}
      {state.phase === 'failed' && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          Export failed: {state.message}
        </span>
      )}
    </div>
  );
}

const primary =
  'rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2';
const secondary =
  'rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-600 dark:hover:bg-slate-800';
