import { describe, expect, it } from 'vitest';
import {
  formatWallClock,
  localTimeSql,
  offsetSegments,
  wallClockToInstant,
} from './zone-offsets.ts';

describe('zone offsets', () => {
  it('finds the 2026 US spring-forward transition (2026-03-08 07:00 UTC)', () => {
    const segments = offsetSegments(
      'America/New_York',
      new Date('2026-03-01T00:00:00Z'),
      new Date('2026-03-15T00:00:00Z'),
    );
    expect(segments).toEqual([
      { fromUtc: null, offsetMinutes: -300 },
      { fromUtc: new Date('2026-03-08T07:00:00Z'), offsetMinutes: -240 },
    ]);
  });

  it('has one fixed segment for Asia/Kolkata (+05:30)', () => {
    const sql = localTimeSql(
      'created_at',
      'Asia/Kolkata',
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-12-31T00:00:00Z'),
    );
    expect(sql).toBe("(created_at + INTERVAL '330 minutes')");
  });

  it('converts between instants and wall-clock strings', () => {
    expect(formatWallClock(new Date('2024-04-01T00:00:00Z'), 'America/New_York')).toBe(
      '2024-03-31 20:00:00',
    );
    expect(wallClockToInstant('2026-08-22 00:00:00', 'Europe/Stockholm').toISOString()).toBe(
      '2026-08-21T22:00:00.000Z',
    );
    expect(wallClockToInstant('2026-01-15 00:00:00', 'America/New_York').toISOString()).toBe(
      '2026-01-15T05:00:00.000Z',
    );
  });
});
