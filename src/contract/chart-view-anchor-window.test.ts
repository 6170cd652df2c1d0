import { describe, expect, it } from 'vitest';
import { dayInZone, resolveChartAnchor } from './chart-view-anchor-window.ts';
import type { ChartViewState } from './chart-view-state.ts';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const C = 'cccccccc-0000-4000-8000-000000000003';
const D = 'dddddddd-0000-4000-8000-000000000004';
const GONE = 'eeeeeeee-0000-4000-8000-000000000005';

/**
 * Europe/Stockholm: CEST (+02:00) until 2026-10-25 01:00 UTC, CET (+01:00) after; CET until 2026-03-29
 * 01:00 UTC. Each instant below sits on the other side of midnight in Stockholm than in UTC.
 */
const references = [
  // 22:30Z + 2 h (still summer time) = 2026-10-25 00:30 local.
  { id: A, date: '2026-10-24T22:30:00.000Z' },
  // 23:15Z + 1 h (winter time) = 2026-11-21 00:15 local.
  { id: B, date: '2026-11-20T23:15:00.000Z' },
  // 00:30Z + 1 h (just before the spring change at 01:00Z) = 2026-03-29 01:30 local.
  { id: C, date: '2026-03-29T00:30:00.000Z' },
  // 22:59Z + 1 h = 2026-03-28 23:59 local.
  { id: D, date: '2026-03-28T22:59:00.000Z' },
];
const context = {
  references,
  timeZone: 'Europe/Stockholm',
  // 23:30Z + 1 h = 2026-11-21 00:30 in Stockholm, while UTC is still on the 20th.
  now: new Date('2026-11-20T23:30:00.000Z'),
};

const base = (): ChartViewState => ({
  v: 1,
  series: [{ name: 'screen_view', segment: 'event', filters: [] }],
  breakdowns: [],
  range: '30d',
  compare: false,
  type: 'line',
  metric: 'sum',
  limit: 10,
  offset: 0,
  hidden: [],
});

describe('dayInZone', () => {
  it('names the day in the given zone, not in UTC', () => {
    expect(dayInZone(new Date('2026-10-24T22:30:00.000Z'), 'Europe/Stockholm')).toBe('2026-10-25');
    expect(dayInZone(new Date('2026-10-24T22:30:00.000Z'), 'UTC')).toBe('2026-10-24');
    expect(dayInZone(new Date('2026-10-25T04:00:00.000Z'), 'America/New_York')).toBe('2026-10-25');
    expect(dayInZone(new Date('2026-10-25T03:59:00.000Z'), 'America/New_York')).toBe('2026-10-24');
  });
});

describe('resolveChartAnchor', () => {
  it('leaves a state without an anchor alone', () => {
    const state = { ...base(), from: '2026-01-01', to: '2026-01-31' };
    expect(resolveChartAnchor(state, context)).toEqual({ state, notices: [] });
  });

  it('since A: from A’s day in the org zone (across the autumn DST change) to today there', () => {
    const state = { ...base(), anchor: { from: A } };
    expect(resolveChartAnchor(state, context)).toEqual({
      state: { ...state, from: '2026-10-25', to: '2026-11-21' },
      notices: [],
    });
  });

  it('from A to B, and swapped when B comes first', () => {
    const forward = { ...base(), anchor: { from: A, to: B } };
    expect(resolveChartAnchor(forward, context).state).toEqual({
      ...forward,
      from: '2026-10-25',
      to: '2026-11-21',
    });
    const backward = { ...base(), anchor: { from: B, to: A } };
    expect(resolveChartAnchor(backward, context).state).toEqual({
      ...backward,
      from: '2026-10-25',
      to: '2026-11-21',
    });
  });

  it('uses the zone it is given (UTC days differ here)', () => {
    const state = { ...base(), anchor: { from: A, to: B } };
    expect(resolveChartAnchor(state, { ...context, timeZone: 'UTC' }).state).toEqual({
      ...state,
      from: '2026-10-24',
      to: '2026-11-20',
    });
  });

  it('keeps an interval the two-day spring window offers and drops one it does not', () => {
    const hourly = { ...base(), interval: 'hour' as const, anchor: { from: D, to: C } };
    expect(resolveChartAnchor(hourly, context)).toEqual({
      state: { ...hourly, from: '2026-03-28', to: '2026-03-29' },
      notices: [],
    });
    const monthly = { ...base(), interval: 'month' as const, anchor: { from: D, to: C } };
    expect(resolveChartAnchor(monthly, context)).toEqual({
      state: { ...base(), anchor: { from: D, to: C }, from: '2026-03-28', to: '2026-03-29' },
      notices: [
        'Ignored interval “month”, which is not offered for 2026-03-28 to 2026-03-29; showing Day',
      ],
    });
  });

  it('falls back to the range when a reference no longer exists, and names it', () => {
    const state = { ...base(), range: '7d' as const, anchor: { from: A, to: GONE } };
    expect(resolveChartAnchor(state, context)).toEqual({
      state: { ...base(), range: '7d' },
      notices: [
        `Ignored the reference anchor “${GONE}” (it no longer exists); showing Last 7 days`,
      ],
    });
    const since = { ...base(), anchor: { from: GONE } };
    expect(resolveChartAnchor(since, { ...context, references: [] })).toEqual({
      state: base(),
      notices: [
        `Ignored the reference anchor “${GONE}” (it no longer exists); showing Last 30 days`,
      ],
    });
  });
});
