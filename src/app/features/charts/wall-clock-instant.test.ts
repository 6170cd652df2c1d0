import { describe, expect, it } from 'vitest';
import { bucketToLocalInput, wallClockInstant } from './wall-clock-instant.ts';

describe('wallClockInstant', () => {
  it('reads a day bucket in Stockholm winter time (UTC+1)', () => {
    expect(wallClockInstant('2026-11-04 00:00:00', 'Europe/Stockholm')).toBe(
      '2026-11-03T23:00:00.000Z',
    );
  });

  it('reads an hour bucket in Los Angeles after the March DST change (UTC−7)', () => {
    expect(wallClockInstant('2026-03-08 06:00:00', 'America/Los_Angeles')).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    // The day before the change is still PST (UTC−8).
    expect(wallClockInstant('2026-03-07 06:00:00', 'America/Los_Angeles')).toBe(
      '2026-03-07T14:00:00.000Z',
    );
  });

  it('reads a date-only week/month bucket and a datetime-local value in a half-hour zone', () => {
    expect(wallClockInstant('2026-11-01', 'Asia/Kolkata')).toBe('2026-10-31T18:30:00.000Z');
    expect(wallClockInstant('2026-11-01T09:15', 'Asia/Kolkata')).toBe('2026-11-01T03:45:00.000Z');
  });

  it('rejects text that is not a wall-clock time', () => {
    expect(wallClockInstant('yesterday', 'UTC')).toBeNull();
    expect(wallClockInstant('', 'UTC')).toBeNull();
  });
});

describe('bucketToLocalInput', () => {
  it('keeps hours and minutes, and midnight for date-only buckets', () => {
    expect(bucketToLocalInput('2026-11-04 13:00:00')).toBe('2026-11-04T13:00');
    expect(bucketToLocalInput('2026-11-02')).toBe('2026-11-02T00:00');
  });
});
