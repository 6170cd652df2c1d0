import { describe, expect, it } from 'vitest';
import { fillBuckets } from './metrics-buckets.ts';
import { resolveMetricsWindow } from './metrics-window.ts';

// Clock 2026-08-22T12:00:00Z (a Saturday). Expectations worked out by hand from openpanel-api.md §9.6/§5.2.
const now = new Date('2026-08-22T12:00:00.000Z');
const pick = (w: ReturnType<typeof resolveMetricsWindow>) => [w.start, w.end, w.interval];

describe('resolveMetricsWindow', () => {
  it('uses the range table by default (7d spans 8 days → day)', () => {
    expect(pick(resolveMetricsWindow({ range: '7d' }, 'UTC', now))).toEqual([
      '2026-08-15 00:00:00',
      '2026-08-23 00:00:00',
      'day',
    ]);
  });

  it('expands date-only boundaries to 00:00:00 and 23:59:59 when both are given', () => {
    const w = resolveMetricsWindow(
      { range: '7d', startDate: '2026-08-20', endDate: '2026-08-21' },
      'UTC',
      now,
    );
    expect(pick(w)).toEqual(['2026-08-20 00:00:00', '2026-08-21 23:59:59', 'day']);
  });

  it('ignores a lone startDate', () => {
    const w = resolveMetricsWindow({ range: 'today', startDate: '2026-01-01' }, 'UTC', now);
    expect(pick(w)).toEqual(['2026-08-22 00:00:00', '2026-08-22 23:59:59', 'hour']);
  });

  it('takes the start from the range when only endDate is given', () => {
    const w = resolveMetricsWindow({ range: '7d', endDate: '2026-08-20' }, 'UTC', now);
    expect(pick(w)).toEqual(['2026-08-15 00:00:00', '2026-08-20 23:59:59', 'day']);
  });

  it('drops offsets: the UTC wall clock is read in the organization zone', () => {
    const w = resolveMetricsWindow(
      { range: '7d', startDate: '2026-08-20T10:00:00+02:00', endDate: '2026-08-20T12:00:00Z' },
      'Europe/Stockholm',
      now,
    );
    expect(pick(w)).toEqual(['2026-08-20 08:00:00', '2026-08-20 12:00:00', 'hour']);
    expect(w.startUtc.toISOString()).toBe('2026-08-20T06:00:00.000Z');
  });

  it('throws (→ 500) on an unparseable date, the string "null" included', () => {
    expect(() =>
      resolveMetricsWindow({ range: '7d', startDate: '2026-08-01', endDate: 'null' }, 'UTC', now),
    ).toThrow();
  });

  it('picks day up to 92 whole days, week up to 186, month beyond', () => {
    const interval = (startDate: string, endDate: string) =>
      resolveMetricsWindow({ range: '7d', startDate, endDate }, 'UTC', now).interval;
    expect(interval('2026-05-01', '2026-08-01')).toBe('day'); // 92 days 23:59:59
    expect(interval('2026-05-01', '2026-08-02')).toBe('week'); // 93 days
    expect(interval('2026-01-01', '2026-07-06')).toBe('week'); // 186 days
    expect(interval('2026-01-01', '2026-07-07')).toBe('month'); // 187 days
  });
});

describe('fillBuckets', () => {
  it('fills from the start bucket and excludes the end', () => {
    expect(fillBuckets('2026-08-15 00:00:00', '2026-08-23 00:00:00', 'day')).toHaveLength(8);
    const hours = fillBuckets('2026-08-22 00:00:00', '2026-08-22 23:59:59', 'hour');
    expect([hours.length, hours[23]]).toEqual([24, '2026-08-22 23:00:00']);
  });

  it('starts weeks on Sunday and compares week/month ends by their day', () => {
    // 2026-05-01 is a Friday → Sunday 2026-04-26; the end day 2026-08-02 is itself a Sunday, so excluded.
    const weeks = fillBuckets('2026-05-01 00:00:00', '2026-08-02 23:59:59', 'week');
    expect([weeks.length, weeks[0], weeks[13]]).toEqual([
      14,
      '2026-04-26 00:00:00',
      '2026-07-26 00:00:00',
    ]);
    expect(fillBuckets('2025-08-01 00:00:00', '2026-09-01 00:00:00', 'month')).toHaveLength(13);
    expect(fillBuckets('2025-01-01 00:00:00', '2025-12-31 23:59:59', 'month')).toHaveLength(12);
  });
});
