import type { Reference } from '../../../contract/bff-api.ts';
import { addDays, referenceDay } from './reference-day.ts';

/** Days shown on each side of the reference when its chart opens (issue 5 §4). */
export const PERMALINK_HALF_WINDOW_DAYS = 14;

export interface ReferencePermalinkSearch {
  ref: string;
  from: string;
  to: string;
}

/**
 * The Charts page's search for one reference: `ref` selects it (the chart opens its popover), and
 * `from`/`to` are whole days in the organization's zone (the chart URL's inclusive days), centred on it.
 */
export function referencePermalinkSearch(
  reference: Pick<Reference, 'id' | 'date'>,
  timeZone: string,
): ReferencePermalinkSearch {
  const day = referenceDay(reference.date, timeZone);
  return {
    ref: reference.id,
    from: addDays(day, -PERMALINK_HALF_WINDOW_DAYS),
    to: addDays(day, PERMALINK_HALF_WINDOW_DAYS),
  };
}

/** `/p/demo/charts?ref=<id>&from=2026-11-06&to=2026-12-04`: a path to share (prefix the origin to copy it). */
export function referencePermalink(
  projectId: string,
  reference: Pick<Reference, 'id' | 'date'>,
  timeZone: string,
): string {
  const { ref, from, to } = referencePermalinkSearch(reference, timeZone);
  const query = new URLSearchParams({ ref, from, to });
  return `/p/${encodeURIComponent(projectId)}/charts?${query.toString()}`;
}
