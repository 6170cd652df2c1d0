import { describe, expect, it } from 'vitest';
import { bucketLabel } from './bucket-label.ts';

describe('bucketLabel', () => {
  it('reads each interval from the wall-clock text', () => {
    expect(bucketLabel('2026-03-07 22:30:00', 'minute')).toBe('Mar 7, 22:30');
    expect(bucketLabel('2026-03-08 03:00:00', 'hour')).toBe('Mar 8, 03:00');
    expect(bucketLabel('2026-03-08 00:00:00', 'day')).toBe('Mar 8');
    expect(bucketLabel('2026-03-02', 'week')).toBe('Week of Mar 2');
    expect(bucketLabel('2026-12-01', 'month')).toBe('Dec 2026');
  });

  it('adds the year on request', () => {
    expect(bucketLabel('2025-12-31 00:00:00', 'day', true)).toBe('Dec 31, 2025');
    expect(bucketLabel('2025-12-29', 'week', true)).toBe('Week of Dec 29, 2025');
    expect(bucketLabel('2025-01-01 09:00:00', 'hour', true)).toBe('Jan 1, 2025, 09:00');
  });
});
