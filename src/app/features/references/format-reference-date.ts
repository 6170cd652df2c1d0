/**
 * `20 Nov 2026, 14:30` in `timeZone`. The table shows dates in the ORGANIZATION's zone (what the charts
 * use); passing the browser's zone (`undefined`) gives the viewer's local time for the hover text.
 */
export function formatReferenceDate(iso: string, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}
