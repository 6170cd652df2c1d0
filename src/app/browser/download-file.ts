/**
 * Saves a Blob under `fileName` through a temporary link (no server round trip): chart CSV and PNG, funnel
 * CSV, and the event export where the browser cannot stream to disk.
 */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: Chromium reads the URL after the click handler returns, and a large
  // export may take a while to be written.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
