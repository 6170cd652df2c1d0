import { describe, expect, it } from 'vitest';
import { cursorAnnouncement } from './cursor-announcement.ts';

const screenView = { key: 'A', label: 'screen_view' };

describe('cursorAnnouncement', () => {
  it('reads the brief’s example: value, previous, signed change and a reference', () => {
    // (1204 − 1100) / 1100 × 100 = 9.4545… → +9.5 %.
    const row = { date: '2026-11-12 00:00:00', A: 1204, 'A:prev': 1100, 'A:change': 9.454545 };
    expect(
      cursorAnnouncement({
        row,
        series: [screenView],
        compare: true,
        interval: 'day',
        referenceTitles: ['Launch v2'],
      }),
    ).toBe('12 Nov 2026: screen_view 1,204 (previous 1,100, +9.5 %); reference: Launch v2');
  });

  it('names every series, shows the hour, and leaves previous out without compare', () => {
    const row = { date: '2026-03-29 02:00:00', A: 5, B: null, 'A:prev': 9 };
    expect(
      cursorAnnouncement({
        row,
        series: [screenView, { key: 'B', label: 'session_start · SE' }],
        compare: false,
        interval: 'hour',
        referenceTitles: [],
      }),
    ).toBe('29 Mar 2026, 02:00: screen_view 5, session_start · SE no value');
  });

  it('says a falling change with a real minus, a missing previous, and several references', () => {
    // (50 − 100) / 100 × 100 = −50 %.
    const row = { date: '2026-11-01', A: 50, 'A:prev': 100, 'A:change': -50, B: 3 };
    expect(
      cursorAnnouncement({
        row,
        series: [screenView, { key: 'B', label: 'click' }],
        compare: true,
        interval: 'month',
        referenceTitles: ['Launch v2', 'Outage'],
      }),
    ).toBe(
      '1 Nov 2026: screen_view 50 (previous 100, −50 %), click 3 (no previous value); references: Launch v2, Outage',
    );
  });

  it('gives no percentage when the previous value is 0', () => {
    const row = { date: '2026-11-12 00:00:00', A: 7, 'A:prev': 0, 'A:change': null };
    expect(
      cursorAnnouncement({
        row,
        series: [screenView],
        compare: true,
        interval: 'day',
        referenceTitles: [],
      }),
    ).toBe('12 Nov 2026: screen_view 7 (previous 0)');
  });
});
