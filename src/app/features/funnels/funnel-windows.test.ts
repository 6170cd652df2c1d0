import { describe, expect, it } from 'vitest';
import {
  previousWindow,
  rangeWindow,
  splitWindows,
  stateWindow,
  windowDates,
} from './funnel-windows.ts';
import type { FunnelWindow } from './funnel-windows.ts';

const TZ = 'Europe/Stockholm';
// 13:00 in Stockholm (CET, UTC+1); summer time (UTC+2) ended on 25 Oct 2026.
const NOW = Date.parse('2026-11-20T12:00:00Z');
const iso = (w: FunnelWindow | null) =>
  w && { start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() };

describe('rangeWindow (§5.2 in the organization zone)', () => {
  it('30d starts 30 days before today at local midnight (still summer time) and ends at tomorrow 00:00', () => {
    expect(iso(rangeWindow('30d', NOW, TZ))).toEqual({
      start: '2026-10-20T22:00:00.000Z',
      end: '2026-11-20T23:00:00.000Z',
    });
    expect(iso(rangeWindow('last_30_days', NOW, TZ))).toEqual(iso(rangeWindow('30d', NOW, TZ)));
  });

  it('today, yesterday and 7d are local days', () => {
    expect(iso(rangeWindow('today', NOW, TZ))).toEqual({
      start: '2026-11-19T23:00:00.000Z',
      end: '2026-11-20T23:00:00.000Z',
    });
    expect(iso(rangeWindow('yesterday', NOW, TZ))).toEqual({
      start: '2026-11-18T23:00:00.000Z',
      end: '2026-11-19T23:00:00.000Z',
    });
    expect(iso(rangeWindow('7d', NOW, TZ))).toEqual({
      start: '2026-11-12T23:00:00.000Z',
      end: '2026-11-20T23:00:00.000Z',
    });
  });

  it('minute ranges round the start down and end after the current minute', () => {
    expect(iso(rangeWindow('30min', NOW + 30_000, TZ))).toEqual({
      start: '2026-11-20T11:30:00.000Z',
      end: '2026-11-20T12:01:00.000Z',
    });
  });

  it('12m, lastMonth and lastYear use calendar months in the zone', () => {
    expect(iso(rangeWindow('12m', NOW, TZ))).toEqual({
      start: '2025-10-31T23:00:00.000Z',
      end: '2026-11-30T23:00:00.000Z',
    });
    expect(iso(rangeWindow('lastMonth', NOW, TZ))).toEqual({
      start: '2026-09-30T22:00:00.000Z',
      end: '2026-10-31T23:00:00.000Z',
    });
    expect(iso(rangeWindow('lastYear', NOW, TZ))).toEqual({
      start: '2024-12-31T23:00:00.000Z',
      end: '2025-12-31T23:00:00.000Z',
    });
  });
});

describe('stateWindow', () => {
  it('explicit days include the whole end day', () => {
    expect(
      iso(stateWindow({ range: '30d', from: '2026-11-10', to: '2026-11-12' }, NOW, TZ)),
    ).toEqual({
      start: '2026-11-09T23:00:00.000Z',
      end: '2026-11-12T23:00:00.000Z',
    });
  });
});

describe('previousWindow', () => {
  it('moves 3 whole days back', () => {
    const current = stateWindow({ range: '30d', from: '2026-11-10', to: '2026-11-12' }, NOW, TZ);
    expect(iso(previousWindow(current, TZ))).toEqual({
      start: '2026-11-06T23:00:00.000Z',
      end: '2026-11-09T23:00:00.000Z',
    });
  });

  it('moves by calendar days across the DST change (25 Oct has 25 hours)', () => {
    const current = stateWindow({ range: '30d', from: '2026-10-26', to: '2026-10-26' }, NOW, TZ);
    expect(iso(previousWindow(current, TZ))).toEqual({
      start: '2026-10-24T22:00:00.000Z',
      end: '2026-10-25T23:00:00.000Z',
    });
  });

  it('30d: the 31 days before, sent with an inclusive end one second earlier', () => {
    const previous = previousWindow(rangeWindow('30d', NOW, TZ), TZ);
    expect(windowDates(previous)).toEqual({
      startDate: '2026-09-19T22:00:00Z',
      endDate: '2026-10-20T21:59:59Z',
    });
  });

  it('a window that is not whole days moves by its length', () => {
    expect(iso(previousWindow(rangeWindow('lastHour', NOW, TZ), TZ))).toEqual({
      start: '2026-11-20T09:59:00.000Z',
      end: '2026-11-20T11:00:00.000Z',
    });
  });
});

describe('splitWindows', () => {
  const window = stateWindow({ range: '30d', from: '2026-11-10', to: '2026-11-12' }, NOW, TZ);

  it('a reference in the middle gets 36 hours on each side', () => {
    const halves = splitWindows(window, Date.parse('2026-11-11T11:00:00Z'));
    expect(halves && { before: iso(halves.before), after: iso(halves.after) }).toEqual({
      before: { start: '2026-11-09T23:00:00.000Z', end: '2026-11-11T11:00:00.000Z' },
      after: { start: '2026-11-11T11:00:00.000Z', end: '2026-11-12T23:00:00.000Z' },
    });
  });

  it('the shorter side sets the length', () => {
    const halves = splitWindows(window, Date.parse('2026-11-10T11:00:00Z'));
    expect(halves && { before: iso(halves.before), after: iso(halves.after) }).toEqual({
      before: { start: '2026-11-09T23:00:00.000Z', end: '2026-11-10T11:00:00.000Z' },
      after: { start: '2026-11-10T11:00:00.000Z', end: '2026-11-10T23:00:00.000Z' },
    });
  });

  it('a reference on the edge or outside cannot split', () => {
    expect(splitWindows(window, Date.parse('2026-11-09T23:00:00Z'))).toBeNull();
    expect(splitWindows(window, Date.parse('2026-11-20T10:00:00Z'))).toBeNull();
  });
});
