import type { ExportEvent, ExportEventsResponse } from '../../../contract/openpanel-events.ts';
import type { EventsBffParams } from './events-bff-params.ts';

/** The upstream's largest page (§4.1): fewest requests through the BFF's rate limiter. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * The parameters of export page `page`. The window is the one captured when the export started (see
 * `exportWindow`), so every page is a slice of one fixed ordered set.
 */
export function exportPageParams(base: EventsBffParams, page: number): EventsBffParams {
  return { ...base, page, limit: EXPORT_PAGE_SIZE };
}

/**
 * The view's parameters with the end bound frozen at export start. A view's end is a day; "today" would
 * otherwise be re-evaluated if the export runs past midnight, and the page math would move under us.
 * The upstream filters whole days (§4.2), so events that arrive today during the export can still land on
 * page 1 and push rows down: the accumulator's id set drops those duplicates, and fetching continues until
 * a short page, so a pushed-down row is still read.
 */
export function exportWindow(view: EventsBffParams): EventsBffParams {
  return { ...view, page: 1, limit: EXPORT_PAGE_SIZE };
}

export interface ExportProgress {
  /** Pages fetched so far. */
  pages: number;
  /** Rows written (unique ids). */
  rows: number;
  /** `meta.totalCount` of the first page: what the file should hold. */
  totalCount: number;
  duplicates: number;
  done: boolean;
}

export interface ExportAccumulator {
  seen: Set<string>;
  progress: ExportProgress;
}

export function startExport(): ExportAccumulator {
  return {
    seen: new Set(),
    progress: { pages: 0, rows: 0, totalCount: 0, duplicates: 0, done: false },
  };
}

/**
 * Takes one fetched page: returns the rows not written before and whether the export is complete. Done
 * when a page comes back shorter than the page size (the end of the ordered set), never by counting pages
 * from `meta.pages`, which would stop early if rows were pushed down meanwhile.
 */
export function acceptExportPage(
  acc: ExportAccumulator,
  response: ExportEventsResponse,
  limit: number = EXPORT_PAGE_SIZE,
): { fresh: ExportEvent[]; progress: ExportProgress } {
  const fresh = response.data.filter((event) => {
    if (acc.seen.has(event.id)) return false;
    acc.seen.add(event.id);
    return true;
  });
  const before = acc.progress;
  acc.progress = {
    pages: before.pages + 1,
    rows: before.rows + fresh.length,
    totalCount: before.pages === 0 ? response.meta.totalCount : before.totalCount,
    duplicates: before.duplicates + (response.data.length - fresh.length),
    done: response.data.length < limit,
  };
  return { fresh, progress: acc.progress };
}

/** Seconds left at the pace so far, or null before there is a pace to go by. */
export function secondsLeft(elapsedMs: number, rowsDone: number, rowsTotal: number): number | null {
  if (rowsDone <= 0 || elapsedMs <= 0) return null;
  const left = Math.max(0, rowsTotal - rowsDone);
  return Math.ceil(((elapsedMs / rowsDone) * left) / 1000);
}

/** `about 1 min 5 s left`, `about 12 s left`, `less than a second left`. */
export function timeLeftLabel(seconds: number | null): string {
  if (seconds === null) return 'estimating time left…';
  if (seconds < 1) return 'less than a second left';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `about ${m} min ${s} s left` : `about ${s} s left`;
}

/** Fraction done for the progress bar, 0..1 (1 when there is nothing to export). */
export function exportFraction(progress: ExportProgress): number {
  if (progress.done) return 1;
  if (progress.totalCount <= 0) return 0;
  return Math.min(1, progress.rows / progress.totalCount);
}

/** `events-demo-2026-11-20.csv` */
export function exportFileName(projectId: string, today: string): string {
  return `events-${projectId.replace(/[^A-Za-z0-9_-]/g, '_')}-${today}.csv`;
}
