import { describe, expect, it } from 'vitest';
import {
  chartWindowToUpstream,
  explicitRangeToUpstream,
  seedRangeToUpstream,
} from './chart-upstream-query.ts';

const NOW = new Date('2026-03-08T06:30:00Z');
const EARLIEST = '2024-01-01';

describe('seedRangeToUpstream', () => {
  it.each([
    ['today', 'today'],
    ['yesterday', 'yesterday'],
    ['last_7_days', '7d'],
    ['last_30_days', '30d'],
    ['this_month', 'monthToDate'],
    ['last_month', 'lastMonth'],
    ['this_year', 'yearToDate'],
    ['last_year', 'lastYear'],
    ['7d', '7d'],
    ['30min', '30min'],
    ['12m', '12m'],
    ['custom', 'custom'],
  ] as const)('%s → range=%s', (seed, upstream) => {
    expect(seedRangeToUpstream(seed, NOW, 'UTC', EARLIEST)).toEqual({ range: upstream });
  });

  it('sends all_time as explicit dates from the earliest day to the end of today in the zone', () => {
    expect(seedRangeToUpstream('all_time', NOW, 'UTC', EARLIEST)).toEqual({
      startDate: '2024-01-01T00:00:00.000+00:00',
      endDate: '2026-03-08T23:59:59.999+00:00',
    });
    // 06:30Z is still 7 March (22:30 PST) in Los Angeles.
    expect(seedRangeToUpstream('all_time', NOW, 'America/Los_Angeles', EARLIEST)).toEqual({
      startDate: '2024-01-01T00:00:00.000-08:00',
      endDate: '2026-03-07T23:59:59.999-08:00',
    });
    // 20:00Z is already 01:30 on 9 March in Kolkata (+05:30).
    expect(
      seedRangeToUpstream('all_time', new Date('2026-03-08T20:00:00Z'), 'Asia/Kolkata', EARLIEST),
    ).toEqual({
      startDate: '2024-01-01T00:00:00.000+05:30',
      endDate: '2026-03-09T23:59:59.999+05:30',
    });
  });
});

describe('explicitRangeToUpstream', () => {
  it('spells both ends as instants with the organization offset (a bare endDate means 00:00 upstream)', () => {
    expect(explicitRangeToUpstream('2024-04-01', '2024-04-30', 'America/New_York')).toEqual({
      startDate: '2024-04-01T00:00:00.000-04:00',
      endDate: '2024-04-30T23:59:59.999-04:00',
    });
    expect(explicitRangeToUpstream('2024-04-01', '2024-04-30', 'UTC')).toEqual({
      startDate: '2024-04-01T00:00:00.000+00:00',
      endDate: '2024-04-30T23:59:59.999+00:00',
    });
  });

  it('uses the offset in force on each day across a DST change', () => {
    // New York springs forward on 10 March 2024: EST before, EDT after.
    expect(explicitRangeToUpstream('2024-03-01', '2024-03-31', 'America/New_York')).toEqual({
      startDate: '2024-03-01T00:00:00.000-05:00',
      endDate: '2024-03-31T23:59:59.999-04:00',
    });
    // Adelaide (a half-hour zone with DST) falls back on 7 April 2024: +10:30 → +09:30.
    expect(explicitRangeToUpstream('2024-04-01', '2024-04-30', 'Australia/Adelaide')).toEqual({
      startDate: '2024-04-01T00:00:00.000+10:30',
      endDate: '2024-04-30T23:59:59.999+09:30',
    });
  });

  it('handles a half-hour zone and a day whose midnight does not exist', () => {
    expect(explicitRangeToUpstream('2026-03-08', '2026-03-08', 'Asia/Kolkata')).toEqual({
      startDate: '2026-03-08T00:00:00.000+05:30',
      endDate: '2026-03-08T23:59:59.999+05:30',
    });
    // Santiago skips 00:00–01:00 on 8 September 2024: the day starts at 01:00 (-03:00).
    expect(explicitRangeToUpstream('2024-09-08', '2024-09-08', 'America/Santiago')).toEqual({
      startDate: '2024-09-08T01:00:00.000-03:00',
      endDate: '2024-09-08T23:59:59.999-03:00',
    });
  });

  it('rejects text that is not a day', () => {
    expect(() => explicitRangeToUpstream('2024-4-1', '2024-04-30', 'UTC')).toThrow(RangeError);
  });
});

describe('chartWindowToUpstream', () => {
  it('prefers explicit days over the range name, as the upstream does', () => {
    expect(
      chartWindowToUpstream(
        { range: 'today', from: '2024-04-01', to: '2024-04-02' },
        NOW,
        'UTC',
        EARLIEST,
      ),
    ).toEqual({
      startDate: '2024-04-01T00:00:00.000+00:00',
      endDate: '2024-04-02T23:59:59.999+00:00',
    });
    expect(chartWindowToUpstream({ range: 'last_month' }, NOW, 'UTC', EARLIEST)).toEqual({
      range: 'lastMonth',
    });
  });
});
