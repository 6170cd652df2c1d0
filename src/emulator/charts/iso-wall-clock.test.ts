import { describe, expect, it } from 'vitest';
import { isoToWallClock } from './iso-wall-clock.ts';

const now = new Date('2026-08-22T12:00:00.000Z');
const utc = (value: string) => isoToWallClock(value, 'UTC', now);

describe('isoToWallClock (luxon fromISO in a TZ=UTC process, §5.2)', () => {
  it('parses calendar dates and times, extended and basic', () => {
    expect(utc('2024-04-01')).toBe('2024-04-01 00:00:00');
    expect(utc('2024-04')).toBe('2024-04-01 00:00:00');
    expect(utc('20240401T1030')).toBe('2024-04-01 10:30:00');
    expect(utc('2024-04-01T10:30:15.999Z')).toBe('2024-04-01 10:30:15');
    expect(utc('2024-04-01T10')).toBe('2024-04-01 10:00:00');
  });

  it('applies offsets in every form', () => {
    expect(utc('2024-04-01T00:00:00+05:30')).toBe('2024-03-31 18:30:00');
    expect(utc('2024-04-01T00:00:00-0400')).toBe('2024-04-01 04:00:00');
    expect(utc('2024-04-01T00:00-04')).toBe('2024-04-01 04:00:00');
  });

  it('parses week and ordinal dates', () => {
    expect(utc('2024-W14-1')).toBe('2024-04-01 00:00:00');
    expect(utc('2024-092')).toBe('2024-04-01 00:00:00');
  });

  it('puts a time-only value on today (UTC)', () => {
    expect(utc('T09:15')).toBe('2026-08-22 09:15:00');
  });

  it('renders the instant in the zone', () => {
    expect(isoToWallClock('2024-04-01T12:00:00Z', 'Asia/Kolkata', now)).toBe('2024-04-01 17:30:00');
  });

  it('rejects what luxon calls Invalid DateTime', () => {
    for (const bad of ['2024-02-30', '2024-04-01 10:00:00', 'yesterday', '2024-04-01T25:00', '']) {
      expect(() => utc(bad)).toThrow(/Invalid DateTime/);
    }
  });
});
