import { describe, expect, it } from 'vitest';
import { eventsNewCountQuerySchema } from '../../contract/bff-api.ts';
import { eventsNewCountQuery } from './events-new-count-query.ts';

const ctx = {
  projectId: '2024',
  timezone: 'America/New_York',
  now: Date.parse('2026-08-22T12:00:00Z'),
};

describe('eventsNewCountQuery', () => {
  it('asks for one row over since..tomorrow (UTC days) with a created_at gt filter', () => {
    const query = eventsNewCountQuerySchema.parse({
      since: '2026-08-21T22:30:00-04:00',
      event: ['signup', '404'],
      filters: JSON.stringify([{ name: 'country', operator: 'is', value: ['SE'] }]),
    });
    // 22:30 at -04:00 is 02:30 UTC the next day: the start day is the UTC one, not New York's.
    expect(eventsNewCountQuery(query, ctx)).toEqual([
      ['projectId', '"2024"'],
      ['event', '["signup","404"]'],
      ['start', '2026-08-22'],
      ['end', '2026-08-23'],
      ['page', '1'],
      ['limit', '1'],
      [
        'filters',
        '[{"name":"country","operator":"is","value":["SE"]},' +
          '{"name":"created_at","operator":"gt","value":["2026-08-22 02:30:00.000"]}]',
      ],
    ]);
  });

  it('requires since, as an instant with an offset', () => {
    expect(eventsNewCountQuerySchema.safeParse({}).success).toBe(false);
    expect(eventsNewCountQuerySchema.safeParse({ since: '2026-08-22' }).success).toBe(false);
    expect(
      eventsNewCountQuerySchema.safeParse({ since: '2026-08-22T10:00:00Z', page: '2' }).success,
    ).toBe(false);
  });
});
