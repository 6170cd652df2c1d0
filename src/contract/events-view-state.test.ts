import { describe, expect, it } from 'vitest';
import {
  defaultEventsViewState,
  eventsViewStateIssues,
  parseEventsViewState,
  serializeEventsViewState,
} from './events-view-state.ts';

const filters = [
  { name: 'properties.plan', operator: 'is', value: ['pro', 'team'] },
  { name: 'revenue', operator: 'gte', value: [10], type: 'number' },
];

describe('events URL state', () => {
  it('an empty URL is every event, all time, page 1 of 50', () => {
    expect(defaultEventsViewState).toEqual({
      events: [],
      range: 'all_time',
      filters: [],
      include: [],
      page: 1,
      size: 50,
    });
    expect(eventsViewStateIssues({})).toEqual([]);
    expect(serializeEventsViewState(defaultEventsViewState)).toEqual({});
  });

  it('parses a full state as the router hands it over and round-trips', () => {
    const raw = {
      events: ['signup', 'screen_view'],
      range: '7d',
      from: '2026-11-10',
      to: '2026-11-12',
      filters,
      include: ['properties', 'profile'],
      page: 3,
      size: 1000,
    };
    const state = parseEventsViewState(raw);
    expect(state).toEqual(raw);
    expect(serializeEventsViewState(state)).toEqual(raw);
    expect(parseEventsViewState(serializeEventsViewState(state))).toEqual(state);
    expect(eventsViewStateIssues(raw)).toEqual([]);
  });

  it('reads JSON text, a bare name, a comma list of fields and numeric strings', () => {
    const state = parseEventsViewState({
      events: '404',
      filters: JSON.stringify(filters),
      include: 'profile,properties,profile',
      page: '2',
      size: '100',
      from: '2026-11-10',
      to: '2026-11-12',
    });
    expect(state).toEqual({
      events: ['404'],
      range: 'all_time',
      from: '2026-11-10',
      to: '2026-11-12',
      filters,
      // Deduplicated and in the server's order (§4.3).
      include: ['properties', 'profile'],
      page: 2,
      size: 100,
    });
  });

  it('falls back part by part and names every ignored part', () => {
    const raw = {
      events: { a: 1 },
      range: 'last_7_days',
      filters: '[{"name":"x","operator":"like","value":["a"]}]',
      include: 'properties,duration',
      page: '0',
      size: '5000',
      from: '2026-11-12',
      to: '2026-11-10',
      sort: 'asc',
    };
    expect(parseEventsViewState(raw)).toEqual(defaultEventsViewState);
    expect(eventsViewStateIssues(raw)).toEqual([
      'events (a list of event names)',
      'range “last_7_days”',
      'filters (up to 19 filters in the filter grammar)',
      'include (unknown field names)',
      'page (a whole number from 1)',
      'size (1 to 1000 rows)',
      'from/to (the window ends before it starts)',
      'unknown parameter “sort”',
    ]);
  });

  it('drops half a window and says so', () => {
    expect(parseEventsViewState({ from: '2026-11-10' }).from).toBeUndefined();
    expect(eventsViewStateIssues({ from: '2026-11-10' })).toEqual([
      'from/to (both ends of the window are needed)',
    ]);
    expect(eventsViewStateIssues({ from: '2026-11-10T10:00', to: '2026-11-11' })).toEqual([
      'from (not a day)',
      'from/to (both ends of the window are needed)',
    ]);
  });
});
