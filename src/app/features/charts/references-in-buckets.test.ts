import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../contract/bff-api.ts';
import { bucketOfInstant, referencesInBuckets } from './references-in-buckets.ts';

function reference(id: string, date: string): Reference {
  return {
    id,
    title: `Ref ${id}`,
    description: null,
    date,
    projectId: 'demo',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
}

describe('bucketOfInstant', () => {
  // 2026-11-05T03:30Z is 2026-11-04 22:30 in New York (EST, UTC−5: DST ended on 1 Nov 2026).
  const instant = '2026-11-05T03:30:00.000Z';

  it('places the instant on its wall-clock day in the organization zone, not in UTC', () => {
    expect(bucketOfInstant(instant, 'day', 'America/New_York')).toBe('2026-11-04 00:00:00');
    expect(bucketOfInstant(instant, 'day', 'UTC')).toBe('2026-11-05 00:00:00');
  });

  it('formats hour and minute buckets as the chart API does (§5.3)', () => {
    expect(bucketOfInstant(instant, 'hour', 'America/New_York')).toBe('2026-11-04 22:00:00');
    expect(bucketOfInstant('2026-11-05T03:31:45.000Z', 'minute', 'Asia/Kolkata')).toBe(
      '2026-11-05 09:01:00',
    );
  });

  it('uses the Monday of the week and the first of the month, as bare dates', () => {
    // Wednesday 4 Nov 2026 in New York → Monday 2 Nov.
    expect(bucketOfInstant(instant, 'week', 'America/New_York')).toBe('2026-11-02');
    // A Sunday stays in the week that began the Monday before.
    expect(bucketOfInstant('2026-11-08T12:00:00.000Z', 'week', 'UTC')).toBe('2026-11-02');
    expect(bucketOfInstant('2026-12-01T02:00:00.000Z', 'month', 'America/New_York')).toBe(
      '2026-11-01',
    );
  });
});

describe('referencesInBuckets', () => {
  const days = ['2026-11-03 00:00:00', '2026-11-04 00:00:00', '2026-11-05 00:00:00'];

  it('groups references per bucket in chart order and drops those outside the chart', () => {
    const refs = [
      reference('late', '2026-11-05T20:00:00.000Z'), // 15:00 on 5 Nov in NY
      reference('b', '2026-11-05T03:30:00.000Z'), // 22:30 on 4 Nov in NY
      reference('a', '2026-11-04T14:00:00.000Z'), // 09:00 on 4 Nov in NY
      reference('outside', '2026-10-01T12:00:00.000Z'),
      reference('broken', 'not a date'),
    ];
    const buckets = referencesInBuckets(refs, days, 'day', 'America/New_York');
    expect(buckets.map((b) => [b.date, b.references.map((r) => r.id)])).toEqual([
      ['2026-11-04 00:00:00', ['a', 'b']],
      ['2026-11-05 00:00:00', ['late']],
    ]);
  });

  it('returns nothing without references', () => {
    expect(referencesInBuckets([], days, 'day', 'UTC')).toEqual([]);
  });
});
