import { describe, expect, it } from 'vitest';
import { filledBucketDates } from './chart-buckets.ts';

describe('filledBucketDates (§5.3: from bucket(start), end bucket excluded)', () => {
  it('fills the 8 days of 7d', () => {
    const dates = filledBucketDates(
      { start: '2026-08-15 00:00:00', end: '2026-08-23 00:00:00' },
      'day',
      'UTC',
    );
    expect(dates).toHaveLength(8);
    expect(dates[0]).toBe('2026-08-15 00:00:00');
    expect(dates[7]).toBe('2026-08-22 00:00:00');
  });

  it('fills today/hour up to 22:00 and today/day not at all', () => {
    const today = { start: '2026-08-22 00:00:00', end: '2026-08-22 23:59:59' };
    const hours = filledBucketDates(today, 'hour', 'UTC');
    expect(hours).toHaveLength(23);
    expect(hours[22]).toBe('2026-08-22 22:00:00');
    expect(filledBucketDates(today, 'day', 'UTC')).toEqual([]);
  });

  it('fills nothing when the end is before the start', () => {
    const backwards = { start: '2026-08-22 00:00:00', end: '2026-08-01 00:00:00' };
    expect(filledBucketDates(backwards, 'day', 'UTC')).toEqual([]);
  });

  it('starts weeks on Monday and renders week/month buckets as dates', () => {
    const window = { start: '2026-08-15 00:00:00', end: '2026-08-23 00:00:00' };
    expect(filledBucketDates(window, 'week', 'UTC')).toEqual(['2026-08-10']);
    const lastYear = { start: '2025-01-01 00:00:00', end: '2025-12-31 23:59:59' };
    const months = filledBucketDates(lastYear, 'month', 'UTC');
    expect(months).toHaveLength(11);
    expect(months[10]).toBe('2025-11-01');
  });

  it('skips the hour that does not exist on the spring-forward day', () => {
    const day = { start: '2026-03-08 00:00:00', end: '2026-03-08 23:59:59' };
    const hours = filledBucketDates(day, 'hour', 'America/New_York');
    expect(hours).toHaveLength(22);
    expect(hours.slice(0, 3)).toEqual([
      '2026-03-08 00:00:00',
      '2026-03-08 01:00:00',
      '2026-03-08 03:00:00',
    ]);
  });

  it('keeps whole local hours in a half-hour zone', () => {
    const day = { start: '2026-08-22 00:00:00', end: '2026-08-22 23:59:59' };
    const hours = filledBucketDates(day, 'hour', 'Asia/Kolkata');
    expect(hours[9]).toBe('2026-08-22 09:00:00');
  });
});
