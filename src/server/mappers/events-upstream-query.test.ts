import { describe, expect, it } from 'vitest';
import { eventsQuerySchema } from '../../contract/bff-api.ts';
import { eventsUpstreamQuery } from './events-upstream-query.ts';

// 2026-08-22T12:00:00Z: tomorrow in UTC is 2026-08-23.
const NOW = Date.parse('2026-08-22T12:00:00.000Z');
const utc = { projectId: 'demo', timezone: 'UTC', now: NOW };
const map = (raw: Record<string, string | string[]>, ctx = utc) =>
  eventsUpstreamQuery(eventsQuerySchema.parse(raw), ctx);

describe('eventsUpstreamQuery (§4.1, §4.2)', () => {
  it('sends one name as a one-element JSON array and an open range as 2020-01-01..tomorrow', () => {
    expect(map({ event: 'signup' })).toEqual([
      ['projectId', 'demo'],
      ['event', '["signup"]'],
      ['start', '2020-01-01'],
      ['end', '2026-08-23'],
      ['page', '1'],
      ['limit', '50'],
    ]);
  });

  it('sends repeated names, and a JSON array of names, as one JSON array (numeric names stay strings)', () => {
    const expected = ['event', '["404","signup"]'];
    expect(map({ event: ['404', 'signup'] })[1]).toEqual(expected);
    expect(map({ event: '["404","signup"]' })[1]).toEqual(expected);
    // A comma list is one name, as upstream (§1.2).
    expect(map({ event: 'a,b' })[1]).toEqual(['event', '["a,b"]']);
  });

  it('rejects an empty name list or an empty name', () => {
    expect(eventsQuerySchema.safeParse({ event: '[]' }).success).toBe(false);
    expect(eventsQuerySchema.safeParse({ event: ['a', ''] }).success).toBe(false);
    expect(eventsQuerySchema.safeParse({ event: '' }).success).toBe(false);
  });

  it('turns after/before into created_at gte/lte filters after the user filters, in UTC ms text', () => {
    const out = map({
      filters: JSON.stringify([{ name: 'path', operator: 'is', value: ['/x'] }]),
      after: '2026-08-22T07:00:00+02:00',
      before: '2026-08-22T11:30:00.250Z',
    });
    expect(out).toEqual([
      ['projectId', 'demo'],
      ['start', '2026-08-22'],
      ['end', '2026-08-22'],
      ['page', '1'],
      ['limit', '50'],
      [
        'filters',
        '[{"name":"path","operator":"is","value":["/x"]},' +
          '{"name":"created_at","operator":"gte","value":["2026-08-22 05:00:00.000"]},' +
          '{"name":"created_at","operator":"lte","value":["2026-08-22 11:30:00.250"]}]',
      ],
    ]);
  });

  it('narrows the UTC days to the bounds but never widens them', () => {
    // Stockholm is UTC+2 in August: 2026-08-22 there is 2026-08-21T22:00Z..2026-08-22T21:59:59Z.
    const stockholm = { ...utc, timezone: 'Europe/Stockholm' };
    const wide = map({ start: '2026-08-22', end: '2026-08-22' }, stockholm);
    expect(wide.slice(1, 3)).toEqual([
      ['start', '2026-08-21'],
      ['end', '2026-08-22'],
    ]);
    const bounded = map(
      {
        start: '2026-08-22',
        end: '2026-08-22',
        after: '2026-08-22T05:00:00Z',
        before: '2026-08-23T10:00:00Z',
      },
      stockholm,
    );
    expect(bounded.slice(1, 3)).toEqual([
      ['start', '2026-08-22'],
      ['end', '2026-08-22'],
    ]);
    // An open range with only `before` ends on before's UTC day instead of tomorrow.
    expect(map({ before: '2026-08-21T23:59:59.999Z' }).slice(1, 3)).toEqual([
      ['start', '2020-01-01'],
      ['end', '2026-08-21'],
    ]);
  });

  it('accepts only instants with an offset for after/before', () => {
    expect(eventsQuerySchema.safeParse({ before: '2026-08-22' }).success).toBe(false);
    expect(eventsQuerySchema.safeParse({ before: '2026-08-22T10:00:00' }).success).toBe(false);
    expect(eventsQuerySchema.safeParse({ after: '2026-02-30T10:00:00Z' }).success).toBe(false);
    expect(eventsQuerySchema.safeParse({ after: '2026-08-22T10:00:00.5+02:00' }).success).toBe(
      true,
    );
  });
});
