import type { Reference } from '../../../contract/bff-api.ts';
import { referenceDay } from './reference-day.ts';
import type { ReferencesSearch } from './references-search.ts';

/**
 * The rows the table shows: the upstream list has no paging or date filter (openpanel-api.md §8.1), so the
 * page fetches the project's list once and searches, filters and sorts it here.
 * - `q` matches title or description, case-insensitively, ignoring surrounding spaces;
 * - `from`/`to` are inclusive days of the reference's date in the organization's zone;
 * - ties keep a stable order by id.
 */
export function visibleReferences(
  references: readonly Reference[],
  search: ReferencesSearch,
  timeZone: string,
): Reference[] {
  const needle = search.q?.trim().toLowerCase() ?? '';
  const kept = references.filter((reference) => {
    if (needle) {
      const text = `${reference.title}\n${reference.description ?? ''}`.toLowerCase();
      if (!text.includes(needle)) return false;
    }
    if (search.from || search.to) {
      const day = referenceDay(reference.date, timeZone);
      if (search.from && day < search.from) return false;
      if (search.to && day > search.to) return false;
    }
    return true;
  });
  const sort = search.sort ?? 'date-desc';
  const key = sort.startsWith('date') ? 'date' : 'createdAt';
  const direction = sort.endsWith('asc') ? 1 : -1;
  return kept.sort((a, b) => {
    const diff = Date.parse(a[key]) - Date.parse(b[key]);
    if (diff !== 0) return diff * direction;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
