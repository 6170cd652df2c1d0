import { describe, expect, it } from 'vitest';
import { referenceWhenText, resolveReferenceWhen, zoneOffsetLabel } from './reference-when.ts';

describe('resolveReferenceWhen', () => {
  it('reads a bare day as midnight in the organization zone, not UTC', () => {
    // Stockholm is UTC+1 in November: local midnight is 23:00 the day before in UTC.
    expect(resolveReferenceWhen('2026-11-20', 'Europe/Stockholm')).toBe('2026-11-19T23:00:00.000Z');
    // UTC+2 in summer.
    expect(resolveReferenceWhen('2026-07-01', 'Europe/Stockholm')).toBe('2026-06-30T22:00:00.000Z');
    expect(resolveReferenceWhen('2026-11-20', 'UTC')).toBe('2026-11-20T00:00:00.000Z');
  });

  it('reads a wall-clock time in the zone, with a space or a T', () => {
    expect(resolveReferenceWhen('2026-11-20 14:30', 'Europe/Stockholm')).toBe(
      '2026-11-20T13:30:00.000Z',
    );
    expect(resolveReferenceWhen('2026-11-20T14:30:15', 'America/New_York')).toBe(
      '2026-11-20T19:30:15.000Z',
    );
  });

  it('lets an explicit offset or Z win over the zone', () => {
    expect(resolveReferenceWhen('2026-11-20T14:30+05:30', 'Europe/Stockholm')).toBe(
      '2026-11-20T09:00:00.000Z',
    );
    expect(resolveReferenceWhen('2026-11-20T14:30:00Z', 'Europe/Stockholm')).toBe(
      '2026-11-20T14:30:00.000Z',
    );
    expect(resolveReferenceWhen('2026-11-20T00:30-0200', 'UTC')).toBe('2026-11-20T02:30:00.000Z');
    expect(resolveReferenceWhen('2026-11-20T10:00:00.5Z', 'UTC')).toBe('2026-11-20T10:00:00.500Z');
  });

  it('rejects text that is not a real date', () => {
    expect(resolveReferenceWhen('2026-02-30', 'UTC')).toBeNull();
    expect(resolveReferenceWhen('2026-11-20 24:00', 'UTC')).toBeNull();
    expect(resolveReferenceWhen('20 Nov 2026', 'UTC')).toBeNull();
    expect(resolveReferenceWhen('', 'UTC')).toBeNull();
  });
});

describe('referenceWhenText', () => {
  it('shows an instant as the wall clock of the zone', () => {
    expect(referenceWhenText('2026-11-19T23:00:00.000Z', 'Europe/Stockholm')).toBe(
      '2026-11-20 00:00',
    );
    expect(referenceWhenText('2026-07-01T10:15:30.000Z', 'Europe/Stockholm')).toBe(
      '2026-07-01 12:15:30',
    );
  });
});

describe('zoneOffsetLabel', () => {
  it('gives the offset in force at that instant', () => {
    expect(zoneOffsetLabel('2026-11-20T12:00:00.000Z', 'Europe/Stockholm')).toBe('UTC+01:00');
    expect(zoneOffsetLabel('2026-07-01T12:00:00.000Z', 'Europe/Stockholm')).toBe('UTC+02:00');
    expect(zoneOffsetLabel('2026-11-20T12:00:00.000Z', 'America/New_York')).toBe('UTC-05:00');
    expect(zoneOffsetLabel('2026-11-20T12:00:00.000Z', 'Asia/Kolkata')).toBe('UTC+05:30');
  });
});
