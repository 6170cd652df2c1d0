import { describe, expect, it } from 'vitest';
import { referencePermalink, referencePermalinkSearch } from './reference-permalink.ts';

const id = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';

describe('referencePermalink', () => {
  it('centres a ±14-day window on the reference day in the organization zone', () => {
    // 23:30 UTC on 19 Nov is 00:30 on 20 Nov in Stockholm (UTC+1): the centre day is the 20th.
    expect(
      referencePermalink('demo', { id, date: '2026-11-19T23:30:00.000Z' }, 'Europe/Stockholm'),
    ).toBe(`/p/demo/charts?ref=${id}&from=2026-11-06&to=2026-12-04`);
    // The same instant in UTC is still the 19th.
    expect(referencePermalinkSearch({ id, date: '2026-11-19T23:30:00.000Z' }, 'UTC')).toEqual({
      ref: id,
      from: '2026-11-05',
      to: '2026-12-03',
    });
  });

  it('crosses month and year ends and leap days', () => {
    expect(referencePermalinkSearch({ id, date: '2028-02-20T12:00:00.000Z' }, 'UTC')).toEqual({
      ref: id,
      from: '2028-02-06',
      to: '2028-03-05',
    });
    expect(referencePermalinkSearch({ id, date: '2026-12-25T12:00:00.000Z' }, 'UTC')).toEqual({
      ref: id,
      from: '2026-12-11',
      to: '2027-01-08',
    });
  });

  it('encodes the project id in the path', () => {
    expect(referencePermalink('my project', { id, date: '2026-11-20T12:00:00.000Z' }, 'UTC')).toBe(
      `/p/my%20project/charts?ref=${id}&from=2026-11-06&to=2026-12-04`,
    );
  });
});
