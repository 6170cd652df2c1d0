import type { ExportEvent } from '../../../contract/openpanel-events.ts';
import { countryLabel } from './country-name.ts';
import { formatEventTime } from './format-event-time.ts';

/** What one table cell shows, and its hover text. */
export interface CellText {
  text: string;
  title?: string;
}

/**
 * A field of an event as table text. Times are wall clock in the organization's zone, with the viewer's
 * local time on hover; countries are names (the upstream sends ISO codes, §4.3).
 */
export function eventCell(event: ExportEvent, key: keyof ExportEvent, timeZone: string): CellText {
  const value = event[key];
  if (key === 'createdAt' || key === 'importedAt') {
    if (typeof value !== 'string') return { text: '—' };
    return {
      text: formatEventTime(value, timeZone),
      title: `Your local time: ${formatEventTime(value)} · UTC ${value}`,
    };
  }
  if (key === 'country') return { text: countryLabel(event.country) };
  if (key === 'properties') {
    const entries = Object.entries(event.properties ?? {});
    if (entries.length === 0) return { text: '—' };
    const preview = entries.map(([k, v]) => `${k}=${v}`).join(', ');
    return { text: preview, title: preview };
  }
  if (key === 'profile') {
    const p = event.profile;
    if (!p) return { text: '—' };
    const name = `${p.firstName} ${p.lastName}`.trim();
    return { text: name || p.email || (p.id === event.deviceId ? 'Anonymous' : p.id) };
  }
  if (key === 'meta') return { text: event.meta?.name ?? '—' };
  if (key === 'groups') return { text: event.groups.length ? event.groups.join(', ') : '—' };
  if (value === undefined || value === null || value === '') return { text: '—' };
  return { text: String(value) };
}
