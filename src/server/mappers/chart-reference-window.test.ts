import { describe, expect, it } from 'vitest';
import { chartReferenceWindow, referencesInWindow } from './chart-reference-window.ts';

const TZ = 'Europe/Stockholm';
const answer = (...dateLists: string[][]) => ({
  series: dateLists.map((dates) => ({
    id: 'x',
    names: ['x'],
    event: { id: 'A', name: 'x' },
    metrics: { sum: 0, average: 0, min: 0, max: 0 },
    data: dates.map((date) => ({ date, count: 0 })),
  })),
});

describe('chartReferenceWindow', () => {
  it('day buckets across the 25 Oct 2026 DST change: the last day lasts 25 hours', () => {
    // 24 Oct 00:00 CEST (+02) = 23 Oct 22:00Z; 26 Oct 00:00 CET (+01) = 25 Oct 23:00Z.
    expect(
      chartReferenceWindow(answer(['2026-10-24 00:00:00', '2026-10-25 00:00:00']), 'day', TZ),
    ).toEqual({
      start: Date.parse('2026-10-23T22:00:00Z'),
      end: Date.parse('2026-10-25T23:00:00Z'),
    });
  });

  it('hour buckets: the last hour ends 60 minutes after it starts', () => {
    expect(
      chartReferenceWindow(answer(['2026-08-03 09:00:00', '2026-08-03 10:00:00']), 'hour', TZ),
    ).toEqual({
      start: Date.parse('2026-08-03T07:00:00Z'),
      end: Date.parse('2026-08-03T09:00:00Z'),
    });
  });

  it('hour buckets over the DST night: 01:00 CEST to the end of 03:00 CET is 4 real hours', () => {
    // 01:00 CEST = 23:00Z (24th); 03:00 CET = 02:00Z; its end 03:00Z.
    expect(
      chartReferenceWindow(answer(['2026-10-25 01:00:00', '2026-10-25 03:00:00']), 'hour', TZ),
    ).toEqual({
      start: Date.parse('2026-10-24T23:00:00Z'),
      end: Date.parse('2026-10-25T03:00:00Z'),
    });
  });

  it('minute, week (bare Monday) and month (bare first day) buckets', () => {
    expect(chartReferenceWindow(answer(['2026-08-03 09:14:00']), 'minute', TZ)).toEqual({
      start: Date.parse('2026-08-03T07:14:00Z'),
      end: Date.parse('2026-08-03T07:15:00Z'),
    });
    expect(chartReferenceWindow(answer(['2026-08-03', '2026-08-10']), 'week', TZ)).toEqual({
      start: Date.parse('2026-08-02T22:00:00Z'),
      end: Date.parse('2026-08-16T22:00:00Z'),
    });
    expect(chartReferenceWindow(answer(['2026-09-01', '2026-10-01']), 'month', TZ)).toEqual({
      start: Date.parse('2026-08-31T22:00:00Z'),
      end: Date.parse('2026-10-31T23:00:00Z'),
    });
  });

  it('spans every series: one definition may hold a bucket the others lack', () => {
    expect(
      chartReferenceWindow(
        answer(['2026-08-03 21:00:00', '2026-08-03 22:00:00'], ['2026-08-03 23:00:00']),
        'hour',
        'UTC',
      ),
    ).toEqual({
      start: Date.parse('2026-08-03T21:00:00Z'),
      end: Date.parse('2026-08-04T00:00:00Z'),
    });
  });

  it('is null when there is nothing to draw', () => {
    expect(chartReferenceWindow(answer(), 'day', TZ)).toBeNull();
    expect(chartReferenceWindow(answer([]), 'day', TZ)).toBeNull();
  });
});

describe('referencesInWindow', () => {
  const window = {
    start: Date.parse('2026-08-03T00:00:00Z'),
    end: Date.parse('2026-08-04T00:00:00Z'),
  };
  it('keeps the start, drops the end (half-open)', () => {
    const refs = [
      { id: 'before', date: '2026-08-02T23:59:59.999Z' },
      { id: 'start', date: '2026-08-03T00:00:00.000Z' },
      { id: 'inside', date: '2026-08-03T12:00:00.000Z' },
      { id: 'end', date: '2026-08-04T00:00:00.000Z' },
    ];
    expect(referencesInWindow(refs, window).map((r) => r.id)).toEqual(['start', 'inside']);
  });
  it('keeps nothing without a window', () => {
    expect(referencesInWindow([{ date: '2026-08-03T12:00:00.000Z' }], null)).toEqual([]);
  });
});
