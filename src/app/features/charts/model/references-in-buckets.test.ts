import { describe, expect, it } from 'vitest';
import { bucketOfInstant, referencesInBuckets } from './references-in-buckets.ts';

const LA = 'America/Los_Angeles';
const KOLKATA = 'Asia/Kolkata';

describe('bucketOfInstant', () => {
  it('in UTC, the instant is the wall clock', () => {
    expect(bucketOfInstant('2026-03-08T06:30:00Z', 'minute', 'UTC')).toBe('2026-03-08 06:30:00');
    expect(bucketOfInstant('2026-03-08T06:30:00Z', 'hour', 'UTC')).toBe('2026-03-08 06:00:00');
    expect(bucketOfInstant('2026-03-08T06:30:00Z', 'day', 'UTC')).toBe('2026-03-08 00:00:00');
    expect(bucketOfInstant('2026-03-08T06:30:00Z', 'week', 'UTC')).toBe('2026-03-02');
    expect(bucketOfInstant('2026-03-08T06:30:00Z', 'month', 'UTC')).toBe('2026-03-01');
  });

  it('west of UTC across the spring-forward of 8 March 2026 (10:00Z) in Los Angeles', () => {
    // The example: 06:30Z is 22:30 PST on Saturday 7 March.
    expect(bucketOfInstant('2026-03-08T06:30:00Z', 'day', LA)).toBe('2026-03-07 00:00:00');
    expect(bucketOfInstant('2026-03-08T06:30:00Z', 'hour', LA)).toBe('2026-03-07 22:00:00');
    // 09:59Z is 01:59 PST; 10:30Z is 03:30 PDT (02:xx does not exist that night).
    expect(bucketOfInstant('2026-03-08T09:59:00Z', 'hour', LA)).toBe('2026-03-08 01:00:00');
    expect(bucketOfInstant('2026-03-08T10:30:00Z', 'hour', LA)).toBe('2026-03-08 03:00:00');
    expect(bucketOfInstant('2026-03-08T10:30:00Z', 'day', LA)).toBe('2026-03-08 00:00:00');
    // Saturday and Sunday belong to the week of Monday 2 March; 08:00Z Monday 9 March is 01:00 PDT.
    expect(bucketOfInstant('2026-03-08T06:30:00Z', 'week', LA)).toBe('2026-03-02');
    expect(bucketOfInstant('2026-03-08T10:30:00Z', 'week', LA)).toBe('2026-03-02');
    expect(bucketOfInstant('2026-03-09T08:00:00Z', 'week', LA)).toBe('2026-03-09');
    // 07:59Z on 1 March is still 28 February (PST).
    expect(bucketOfInstant('2026-03-01T07:59:00Z', 'month', LA)).toBe('2026-02-01');
  });

  it('in a half-hour zone (Asia/Kolkata, +05:30)', () => {
    expect(bucketOfInstant('2026-03-08T18:29:30Z', 'minute', KOLKATA)).toBe('2026-03-08 23:59:00');
    expect(bucketOfInstant('2026-03-08T18:29:30Z', 'day', KOLKATA)).toBe('2026-03-08 00:00:00');
    expect(bucketOfInstant('2026-03-08T18:30:00Z', 'day', KOLKATA)).toBe('2026-03-09 00:00:00');
    expect(bucketOfInstant('2026-03-08T18:30:00Z', 'hour', KOLKATA)).toBe('2026-03-09 00:00:00');
    expect(bucketOfInstant('2026-03-08T03:45:00Z', 'hour', KOLKATA)).toBe('2026-03-08 09:00:00');
    expect(bucketOfInstant('2026-03-31T18:30:00Z', 'month', KOLKATA)).toBe('2026-04-01');
    // Sunday 8 March 18:30Z is Monday 9 March 00:00 in Kolkata: a new week.
    expect(bucketOfInstant('2026-03-08T18:30:00Z', 'week', KOLKATA)).toBe('2026-03-09');
  });

  it('returns null for text that is not an instant', () => {
    expect(bucketOfInstant('soon', 'day', 'UTC')).toBeNull();
  });
});

describe('referencesInBuckets', () => {
  const days = ['2026-03-06 00:00:00', '2026-03-07 00:00:00', '2026-03-08 00:00:00'];
  const a = { id: 'a', date: '2026-03-08T06:30:00Z' }; // 7 Mar 22:30 PST
  const b = { id: 'b', date: '2026-03-08T10:30:00Z' }; // 8 Mar 03:30 PDT
  const e = { id: 'e', date: '2026-03-06T07:00:00Z' }; // 5 Mar 23:00 PST: before the chart
  const f = { id: 'f', date: '2026-03-07T08:00:00Z' }; // 7 Mar 00:00 PST
  const g = { id: 'g', date: 'not a date' };

  it('groups by the organization-zone bucket, in chart order, earliest first, visible buckets only', () => {
    expect(referencesInBuckets([b, g, a, e, f], days, 'day', LA)).toEqual([
      { date: '2026-03-07 00:00:00', references: [f, a] },
      { date: '2026-03-08 00:00:00', references: [b] },
    ]);
  });

  it('puts the same references elsewhere in UTC', () => {
    expect(referencesInBuckets([b, g, a, e, f], days, 'day', 'UTC')).toEqual([
      { date: '2026-03-06 00:00:00', references: [e] },
      { date: '2026-03-07 00:00:00', references: [f] },
      { date: '2026-03-08 00:00:00', references: [a, b] },
    ]);
  });

  it('matches hour buckets in Kolkata and drops what falls outside them', () => {
    const hours = ['2026-03-08 23:00:00', '2026-03-09 00:00:00'];
    const late = { date: '2026-03-08T18:29:30Z' };
    const midnight = { date: '2026-03-08T18:30:00Z' };
    const after = { date: '2026-03-08T19:30:00Z' };
    expect(referencesInBuckets([after, midnight, late], hours, 'hour', KOLKATA)).toEqual([
      { date: '2026-03-08 23:00:00', references: [late] },
      { date: '2026-03-09 00:00:00', references: [midnight] },
    ]);
  });
});
