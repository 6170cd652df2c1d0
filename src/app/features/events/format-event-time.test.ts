import { describe, expect, it } from 'vitest';
import { formatEventTime } from './format-event-time.ts';

describe('event time', () => {
  it('shows the wall clock of the organization zone', () => {
    // Stockholm is UTC+1 in November and UTC+2 in July.
    expect(formatEventTime('2026-11-20T11:59:59.120Z', 'Europe/Stockholm')).toBe(
      '2026-11-20 12:59:59',
    );
    expect(formatEventTime('2026-07-01T22:30:00.000Z', 'Europe/Stockholm')).toBe(
      '2026-07-02 00:30:00',
    );
    expect(formatEventTime('2026-11-20T03:00:00.000Z', 'America/New_York')).toBe(
      '2026-11-19 22:00:00',
    );
  });

  it('leaves an unparseable value alone', () => {
    expect(formatEventTime('not a date', 'UTC')).toBe('not a date');
  });
});
