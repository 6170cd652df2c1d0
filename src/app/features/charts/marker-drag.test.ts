import { describe, expect, it } from 'vitest';
import {
  bucketAtPointer,
  bucketDateText,
  bucketIndexAtX,
  bucketStartInstant,
  bucketX,
  retimeAnnouncement,
  stepBucket,
} from './marker-drag.ts';

// 8 buckets over a 700 px plot starting at x = 56: a point scale puts them 700 / 7 = 100 px apart.
const point = { left: 56, width: 700, count: 8, band: false };
// The same 8 buckets as bars over 800 px: 100 px slots, each bucket in the middle of its slot.
const band = { left: 56, width: 800, count: 8, band: true };

describe('bucket positions', () => {
  it('puts point buckets on the plot edges and band buckets in their slots', () => {
    expect(bucketX(0, point)).toBe(56);
    expect(bucketX(7, point)).toBe(756);
    expect(bucketX(0, band)).toBe(106);
    expect(bucketX(7, band)).toBe(806);
  });

  it('snaps a pointer to the nearest bucket', () => {
    // 205 is 149 px in: 1.49 buckets → 1; 207 is 1.51 → 2.
    expect(bucketIndexAtX(205, point)).toBe(1);
    expect(bucketIndexAtX(207, point)).toBe(2);
    // Band: 155 is 0.49 slots past the first centre → 0; 157 is 0.51 → 1.
    expect(bucketIndexAtX(155, band)).toBe(0);
    expect(bucketIndexAtX(157, band)).toBe(1);
  });

  it('keeps a pointer outside the plot on the first or last bucket', () => {
    expect(bucketIndexAtX(-40, point)).toBe(0);
    expect(bucketIndexAtX(2000, point)).toBe(7);
    expect(bucketIndexAtX(0, band)).toBe(0);
    expect(bucketIndexAtX(2000, band)).toBe(7);
  });

  it('has one place only on a one-bucket axis', () => {
    expect(bucketIndexAtX(500, { left: 56, width: 700, count: 1, band: false })).toBe(0);
  });

  it('steps bucket by bucket and stops at the ends', () => {
    expect(stepBucket(3, 1, 8)).toBe(4);
    expect(stepBucket(3, -1, 8)).toBe(2);
    expect(stepBucket(0, -1, 8)).toBe(0);
    expect(stepBucket(7, 1, 8)).toBe(7);
  });
});

describe('bucketStartInstant', () => {
  it('is the bucket itself in UTC', () => {
    expect(bucketStartInstant('2026-11-12 00:00:00', 'UTC')).toBe('2026-11-12T00:00:00.000Z');
    // Week and month buckets are a bare day (§5.3).
    expect(bucketStartInstant('2026-11-09', 'UTC')).toBe('2026-11-09T00:00:00.000Z');
  });

  it('reads day buckets with the offset of that day in Stockholm (CEST +2, CET +1)', () => {
    expect(bucketStartInstant('2026-10-25 00:00:00', 'Europe/Stockholm')).toBe(
      '2026-10-24T22:00:00.000Z',
    );
    // Summer time ended at 01:00 UTC on 25 October.
    expect(bucketStartInstant('2026-10-26 00:00:00', 'Europe/Stockholm')).toBe(
      '2026-10-25T23:00:00.000Z',
    );
  });

  it('reads hour buckets on both sides of the spring DST jump in Stockholm', () => {
    // 29 March 2026: 02:00 local does not exist; 01:00 is CET (+1), 03:00 is CEST (+2).
    expect(bucketStartInstant('2026-03-29 01:00:00', 'Europe/Stockholm')).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    expect(bucketStartInstant('2026-03-29 03:00:00', 'Europe/Stockholm')).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('rejects text that is not a bucket', () => {
    expect(bucketStartInstant('soon', 'UTC')).toBeNull();
  });
});

describe('announcements', () => {
  it('names the reference and the bucket it would move to', () => {
    expect(retimeAnnouncement('Launch v2', '2026-11-12 00:00:00', 'day')).toBe(
      'Launch v2 → 12 Nov 2026',
    );
    expect(bucketDateText('2026-03-29 03:00:00', 'hour')).toBe('29 Mar 2026, 03:00');
    expect(bucketDateText('2026-11-09', 'week')).toBe('9 Nov 2026');
  });
});

describe('bucketAtPointer', () => {
  // 14 day buckets on a 728 px plot starting at x = 56: a point scale puts them 728 / 13 = 56 px apart.
  const points = { left: 56, width: 728, count: 14, band: false };
  // The same 14 buckets as 50 px bands on a 700 px plot: bucket i is centred at 56 + 50 i + 25.
  const bands = { left: 56, width: 700, count: 14, band: true };

  it('reads the nearest bucket on the plot', () => {
    expect(bucketAtPointer(56, points)).toBe(0);
    expect(bucketAtPointer(616, points)).toBe(10);
    expect(bucketAtPointer(643, points)).toBe(10);
    expect(bucketAtPointer(645, points)).toBe(11);
    expect(bucketAtPointer(81, bands)).toBe(0);
    expect(bucketAtPointer(581, bands)).toBe(10);
  });

  it('keeps 8 px of slack at both ends, and is null beyond it or with no buckets', () => {
    expect(bucketAtPointer(48, points)).toBe(0);
    expect(bucketAtPointer(47, points)).toBeNull();
    expect(bucketAtPointer(792, points)).toBe(13);
    expect(bucketAtPointer(793, points)).toBeNull();
    expect(bucketAtPointer(100, { ...points, count: 0 })).toBeNull();
  });
});
