/**
 * An instant as people read it in the ORGANIZATION's zone (not the browser's), e.g. `7 Mar 2026, 22:30`:
 * the one spelling of a date and time on the dashboard (charts, references, share links). Passing
 * `undefined` gives the viewer's local time, for hover texts.
 */
export function formatInZone(iso: string, timeZone: string | undefined): string {
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
