import { describe, expect, it } from 'vitest';
import { parseEventsViewState } from '../../../contract/events-view-state.ts';
import { eventsBffParams, eventsBffSearch } from './events-bff-params.ts';

describe('events BFF params', () => {
  it('sends one name as `event` and an explicit window even for the default view', () => {
    const params = eventsBffParams(parseEventsViewState({ events: ['signup'] }), '2026-11-20');
    expect(params).toEqual({
      event: 'signup',
      start: '1970-01-01',
      end: '2026-11-20',
      page: 1,
      limit: 50,
      filters: [],
      includes: [],
    });
    expect(eventsBffSearch(params)).toBe(
      'event=signup&start=1970-01-01&end=2026-11-20&page=1&limit=50',
    );
  });

  it('turns several names into one leading `name is …` filter', () => {
    const state = parseEventsViewState({
      events: ['signup', 'login'],
      range: '7d',
      filters: [{ name: 'country', operator: 'is', value: ['SE'] }],
      include: ['profile', 'properties'],
      page: 4,
      size: 100,
    });
    const params = eventsBffParams(state, '2026-11-20');
    expect(params).toEqual({
      start: '2026-11-13',
      end: '2026-11-20',
      page: 4,
      limit: 100,
      filters: [
        { name: 'name', operator: 'is', value: ['signup', 'login'] },
        { name: 'country', operator: 'is', value: ['SE'] },
      ],
      includes: ['properties', 'profile'],
    });
    expect(eventsBffSearch(params)).toBe(
      'start=2026-11-13&end=2026-11-20&page=4&limit=100' +
        '&filters=%5B%7B%22name%22%3A%22name%22%2C%22operator%22%3A%22is%22%2C%22value%22%3A%5B%22signup%22%2C%22login%22%5D%7D%2C' +
        '%7B%22name%22%3A%22country%22%2C%22operator%22%3A%22is%22%2C%22value%22%3A%5B%22SE%22%5D%7D%5D' +
        '&includes=properties%2Cprofile',
    );
  });
});
