import { describe, expect, it } from 'vitest';
import { resolveFunnelWindow } from './funnel-window.ts';

const now = new Date('2026-08-22T12:00:00.000Z');

// Windows worked out by hand from shared/openpanel-api.md §7.2 and the §5.2 range table.
describe('resolveFunnelWindow', () => {
  it('defaults to the UTC date 30 days ago up to today 00:00, so today is excluded', () => {
    const w = resolveFunnelWindow({}, 'UTC', now);
    expect([w.start, w.end]).toEqual(['2026-07-23 00:00:00', '2026-08-22 00:00:00']);
    expect([w.startUtc.toISOString(), w.endUtc.toISOString()]).toEqual([
      '2026-07-23T00:00:00.000Z',
      '2026-08-22T00:00:00.000Z',
    ]);
  });

  it('reads the default UTC dates as wall-clock time in the organization zone', () => {
    const w = resolveFunnelWindow({}, 'America/New_York', now);
    expect([w.start, w.end]).toEqual(['2026-07-23 00:00:00', '2026-08-22 00:00:00']);
    // EDT is UTC−4 in July and August.
    expect([w.startUtc.toISOString(), w.endUtc.toISOString()]).toEqual([
      '2026-07-23T04:00:00.000Z',
      '2026-08-22T04:00:00.000Z',
    ]);
  });

  it('turns an offset into UTC and then reads it as zone time (the offset is effectively lost)', () => {
    const w = resolveFunnelWindow(
      { startDate: '2026-08-01T10:00:00+02:00', endDate: '2026-08-10' },
      'Europe/Berlin',
      now,
    );
    expect([w.start, w.end]).toEqual(['2026-08-01 08:00:00', '2026-08-10 00:00:00']);
    expect(w.startUtc.toISOString()).toBe('2026-08-01T06:00:00.000Z');
  });

  it('uses the range table when range is given without startDate', () => {
    const w = resolveFunnelWindow({ range: '7d' }, 'UTC', now);
    expect([w.start, w.end]).toEqual(['2026-08-15 00:00:00', '2026-08-23 00:00:00']);
  });

  it('lets a date-only endDate replace the range end with 23:59:59 of that day', () => {
    const w = resolveFunnelWindow({ range: '7d', endDate: '2026-08-20' }, 'UTC', now);
    expect([w.start, w.end]).toEqual(['2026-08-15 00:00:00', '2026-08-20 23:59:59']);
  });

  it('ignores range once startDate is given', () => {
    const w = resolveFunnelWindow({ range: '7d', startDate: '2026-08-01' }, 'UTC', now);
    expect([w.start, w.end]).toEqual(['2026-08-01 00:00:00', '2026-08-22 00:00:00']);
  });

  it('throws (a 500 upstream) on an unparseable date', () => {
    expect(() => resolveFunnelWindow({ startDate: 'yesterday-ish' }, 'UTC', now)).toThrow();
  });
});
