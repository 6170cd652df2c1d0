import type { Filter } from '../../../contract/openpanel-common.ts';
import type { EventsViewState } from '../../../contract/events-view-state.ts';
import { eventWindow } from './event-window.ts';

/** Exactly what the page asks the BFF (`GET /api/projects/:id/events`); the query key of a page. */
export interface EventsBffParams {
  event?: string;
  start: string;
  end: string;
  page: number;
  limit: number;
  filters: Filter[];
  includes: string[];
}

/**
 * The view state as BFF parameters. The BFF takes ONE `event` name; several names become one `name is …`
 * filter, which the upstream applies as `name IN (…)` just like a repeated `event` (§4.1, §6.1).
 */
export function eventsBffParams(state: EventsViewState, today: string): EventsBffParams {
  const { start, end } = eventWindow(state, today);
  const [only, ...more] = state.events;
  const nameFilter: Filter[] =
    more.length > 0 ? [{ name: 'name', operator: 'is', value: [...state.events] }] : [];
  return {
    ...(only !== undefined && more.length === 0 ? { event: only } : {}),
    start,
    end,
    page: state.page,
    limit: state.size,
    filters: [...nameFilter, ...state.filters],
    includes: [...state.include],
  };
}

/** The query string for the BFF, in a fixed key order. */
export function eventsBffSearch(params: EventsBffParams): string {
  const search = new URLSearchParams();
  if (params.event !== undefined) search.set('event', params.event);
  search.set('start', params.start);
  search.set('end', params.end);
  search.set('page', String(params.page));
  search.set('limit', String(params.limit));
  if (params.filters.length > 0) search.set('filters', JSON.stringify(params.filters));
  if (params.includes.length > 0) search.set('includes', params.includes.join(','));
  return search.toString();
}
