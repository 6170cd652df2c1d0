import { describe, expect, it } from 'vitest';
import { addDays, dayInZone, eventWindow } from './event-window.ts';

describe('event window', () => {
  it('gives the day of an instant in the organization zone', () => {
    // 23:30 UTC on 20 Nov is 00:30 on 21 Nov in Stockholm (UTC+1 in winter) and 18:30 on 20 Nov in New York.
    const instant = Date.parse('2026-11-20T23:30:00Z');
    expect(dayInZone(instant, 'Europe/Stockholm')).toBe('2026-11-21');
    expect(dayInZone(instant, 'America/New_York')).toBe('2026-11-20');
  });

  it('moves days across month and year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-20', -30)).toBe('2026-10-21');
  });

  it('always has both ends, whatever the range', () => {
    const today = '2026-11-20';
    expect(eventWindow({ range: 'all_time' }, today)).toEqual({ start: '1970-01-01', end: today });
    expect(eventWindow({ range: 'today' }, today)).toEqual({ start: today, end: today });
    expect(eventWindow({ range: 'yesterday' }, today)).toEqual({
      start: '2026-11-19',
      end: '2026-11-19',
    });
    expect(eventWindow({ range: '7d' }, today)).toEqual({ start: '2026-11-13', end: today });
    expect(eventWindow({ range: '30d' }, today)).toEqual({ start: '2026-10-21', end: today });
  });

  it('lets from/to override the range', () => {
    expect(
      eventWindow({ range: '7d', from: '2026-01-01', to: '2026-01-31' }, '2026-11-20'),
    ).toEqual({ start: '2026-01-01', end: '2026-01-31' });
  });
});
