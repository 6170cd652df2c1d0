import type { CsvSink } from './run-events-export.ts';
import { downloadFile } from '../../browser/download-file.ts';

interface WritableFile {
  write(data: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
interface SaveFilePicker {
  (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }): Promise<{ createWritable(): Promise<WritableFile> }>;
}

/** The File System Access API's picker where the browser has it (Chromium), else null. */
function savePicker(): SaveFilePicker | null {
  const picker = (window as unknown as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(window) : null;
}

/**
 * Streams straight to a file the user picks. Must be called from the click handler itself (the picker
 * needs a user gesture). Resolves null when the API is missing; rejects with AbortError when the user
 * closes the picker.
 */
export async function fileSink(suggestedName: string): Promise<CsvSink | null> {
  const picker = savePicker();
  if (!picker) return null;
  const handle = await picker({
    suggestedName,
    types: [{ description: 'CSV file', accept: { 'text/csv': ['.csv'] } }],
  });
  const file = await handle.createWritable();
  return {
    write: (chunk) => file.write(chunk),
    close: () => file.close(),
    abort: () => file.abort(),
  };
}

/** Collects the CSV in memory and downloads it as one Blob when closed (browsers without the picker). */
export function blobSink(fileName: string): CsvSink {
  let parts: string[] = [];
  return {
    write: (chunk) => {
      parts.push(chunk);
      return Promise.resolve();
    },
    close: () => {
      const blob = new Blob(parts, { type: 'text/csv;charset=utf-8' });
      parts = [];
      downloadFile(blob, fileName);
      return Promise.resolve();
    },
    abort: () => {
      parts = [];
      return Promise.resolve();
    },
  };
}
