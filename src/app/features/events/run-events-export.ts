import type { ExportEventInclude } from '../../../contract/openpanel-events.ts';
import { fetchEventsPage } from './api/events-query.ts';
import type { EventsBffParams } from './events-bff-params.ts';
import { csvColumns, csvHeader, csvRow } from './events-csv.ts';
import { acceptExportPage, exportPageParams, startExport } from './export-planner.ts';
import type { ExportProgress } from './export-planner.ts';

/** Where the CSV goes: a file on disk (File System Access API) or memory, downloaded at the end. */
export interface CsvSink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Pages through every matching event, SEQUENTIALLY (one request at a time, so the BFF's limiter paces us
 * inside the upstream's export rate limit, §3), writing each page before asking for the next so memory
 * stays flat when streaming to disk. `base` is captured once at the start: every page uses one window.
 */
export async function runEventsExport(options: {
  projectId: string;
  base: EventsBffParams;
  includes: readonly ExportEventInclude[];
  sink: CsvSink;
  signal: AbortSignal;
  onProgress: (progress: ExportProgress) => void;
}): Promise<ExportProgress> {
  const { projectId, base, includes, sink, signal, onProgress } = options;
  const columns = csvColumns(includes);
  const acc = startExport();
  try {
    await sink.write(csvHeader(columns));
    for (let page = 1; !acc.progress.done; page++) {
      signal.throwIfAborted();
      const response = await fetchEventsPage(projectId, exportPageParams(base, page), signal);
      const { fresh, progress } = acceptExportPage(acc, response);
      if (fresh.length > 0) await sink.write(fresh.map((e) => csvRow(e, columns)).join(''));
      onProgress(progress);
    }
    await sink.close();
    return acc.progress;
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw error;
  }
}
