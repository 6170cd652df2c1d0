import { describe, expect, it } from 'vitest';
import { formatInZone } from './format-in-zone.ts';

describe('formatInZone', () => {
  it('shows the wall clock of the organization, not of the browser', () => {
    // 06:30 UTC on 8 March is 22:30 on 7 March in Los Angeles (PST, UTC−8, before the DST change).
    expect(formatInZone('2026-03-08T06:30:00Z', 'America/Los_Angeles')).toBe('7 Mar 2026, 22:30');
    expect(formatInZone('2026-03-08T06:30:00Z', 'Asia/Kolkata')).toBe('8 Mar 2026, 12:00');
  });

  it('passes text that is not a date through unchanged', () => {
    expect(formatInZone('soon', 'UTC')).toBe('soon');
  });
});
