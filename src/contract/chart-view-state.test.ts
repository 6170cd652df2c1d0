import { describe, expect, it } from 'vitest';
import { parseChartViewState, serializeChartViewState } from './chart-view-state.ts';
import type { ChartViewState } from './chart-view-state.ts';

const REF = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';

/** The default view, written out by hand (not read from the module under test). */
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

describe('parseChartViewState', () => {
  it('reads an empty search as the default view with no notices', () => {
    expect(parseChartViewState({})).toEqual({ state: base(), notices: [] });
    expect(parseChartViewState(undefined)).toEqual({ state: base(), notices: [] });
  });

  it('reads a full link as TanStack Router hands it over (JSON values already parsed)', () => {
    const { state, notices } = parseChartViewState({
      v: 1,
      series: [
        {
          name: 'signup',
          segment: 'user',
          filters: [{ name: 'country', operator: 'is', value: ['SE'] }],
        },
        'screen_view',
        { name: 'purchase', segment: 'property_sum', property: 'properties.total' },
      ],
      breakdowns: ['country', { name: 'properties.plan' }],
      range: 'last_7_days',
      interval: 'hour',
      compare: true,
      type: 'bar',
      metric: 'max',
      limit: 5,
      offset: 5,
      hidden: ['signup-a-signup-se'],
      ref: REF,
    });
    expect(notices).toEqual([]);
    expect(state).toEqual({
      v: 1,
      series: [
        {
          name: 'signup',
          segment: 'user',
          filters: [{ name: 'country', operator: 'is', value: ['SE'] }],
        },
        { name: 'screen_view', segment: 'event', filters: [] },
        { name: 'purchase', segment: 'property_sum', property: 'properties.total', filters: [] },
      ],
      breakdowns: [{ name: 'country' }, { name: 'properties.plan' }],
      range: 'last_7_days',
      interval: 'hour',
      compare: true,
      type: 'bar',
      metric: 'max',
      limit: 5,
      offset: 5,
      hidden: ['signup-a-signup-se'],
      ref: REF,
    });
  });

  it('reads raw query-string values too (JSON text, "true", digits)', () => {
    const { state, notices } = parseChartViewState({
      v: '1',
      series: '["signup"]',
      breakdowns: '["country"]',
      compare: 'true',
      limit: '3',
      offset: '0',
      hidden: 'signup-a-signup',
    });
    expect(notices).toEqual([]);
    expect(state).toEqual({
      ...base(),
      series: [{ name: 'signup', segment: 'event', filters: [] }],
      breakdowns: [{ name: 'country' }],
      compare: true,
      limit: 3,
      hidden: ['signup-a-signup'],
    });
  });

  it('falls back per field and says what it ignored', () => {
    const { state, notices } = parseChartViewState({
      range: 'last_9_days',
      interval: 'fortnight',
      compare: 'maybe',
      type: 'pie',
      metric: 'median',
      limit: 0,
      offset: -2,
      ref: 'not-a-uuid',
      colour: 'red',
    });
    expect(state).toEqual(base());
    expect(notices).toEqual([
      'Ignored unknown range “last_9_days”; showing Last 30 days',
      'Ignored unknown interval “fortnight”; showing Day',
      'Ignored compare “maybe” (expected true or false)',
      'Ignored unknown chart type “pie”; showing a line chart',
      'Ignored unknown summary metric “median”; showing the sum',
      'Ignored limit “0” (a whole number from 1 to 100); showing the top 10 series',
      'Ignored offset “-2” (a whole number from 0 to 10000); starting at the first series',
      'Ignored reference “not-a-uuid” (not a reference id)',
      'Ignored unknown parameter “colour”',
    ]);
  });

  it('drops bad series, filters and breakdowns one by one and keeps the rest', () => {
    const { state, notices } = parseChartViewState({
      series: [
        { segment: 'user' },
        {
          name: 'signup',
          segment: 'visitors',
          filters: [
            { name: 'plan', operator: 'like', value: ['x'] },
            { name: 'os', operator: 'isNull', value: [] },
          ],
        },
      ],
      breakdowns: ['country', 42, ''],
    });
    expect(state.series).toEqual([
      {
        name: 'signup',
        segment: 'event',
        filters: [{ name: 'os', operator: 'isNull', value: [] }],
      },
    ]);
    expect(state.breakdowns).toEqual([{ name: 'country' }]);
    expect(notices).toEqual([
      'Ignored series 1 (it names no event)',
      'Ignored unknown segment “visitors” of series 2; counting events',
      'Ignored filter 1 of series 2 (unknown operator “like”)',
      'Ignored breakdown 2 (not a property name)',
      'Ignored breakdown 3 (not a property name)',
    ]);
  });

  it('falls back to the default series when none can be read', () => {
    const broken = parseChartViewState({ series: '[{"name":' });
    expect(broken.state.series).toEqual([{ name: 'screen_view', segment: 'event', filters: [] }]);
    expect(broken.notices).toEqual([
      'Ignored series “[{"name":” (expected a list of series); showing screen_view events',
    ]);
    const empty = parseChartViewState({ series: [] });
    expect(empty.state.series).toEqual([{ name: 'screen_view', segment: 'event', filters: [] }]);
    expect(empty.notices).toEqual(['No series could be read; showing screen_view events']);
  });

  it('keeps at most 10 series and 5 breakdowns', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
    const { state, notices } = parseChartViewState({
      series: names,
      breakdowns: names.slice(0, 7),
    });
    expect(state.series.map((s) => s.name)).toEqual(names.slice(0, 10));
    expect(state.breakdowns).toEqual([
      { name: 'a' },
      { name: 'b' },
      { name: 'c' },
      { name: 'd' },
      { name: 'e' },
    ]);
    expect(notices).toEqual([
      'Ignored 2 series beyond the first 10',
      'Ignored 2 breakdowns beyond the first 5',
    ]);
  });

  it('takes explicit days only as a complete, ordered, real pair', () => {
    expect(parseChartViewState({ from: '2024-04-01', to: '2024-04-30' })).toEqual({
      state: { ...base(), from: '2024-04-01', to: '2024-04-30' },
      notices: [],
    });
    expect(parseChartViewState({ from: '2024-04-01' }).notices).toEqual([
      'Ignored from “2024-04-01” without a valid to; showing Last 30 days',
    ]);
    const reversed = parseChartViewState({ range: 'today', from: '2024-05-01', to: '2024-04-01' });
    expect(reversed.state).toEqual({ ...base(), range: 'today' });
    expect(reversed.notices).toEqual([
      'Ignored the dates 2024-05-01 to 2024-04-01: the end is before the start; showing Today',
    ]);
    const unreal = parseChartViewState({ from: '2024-02-30', to: '2024-03-05' });
    expect(unreal.state).toEqual(base());
    expect(unreal.notices).toEqual([
      'Ignored from “2024-02-30” (not a yyyy-MM-dd date)',
      'Ignored to “2024-03-05” without a valid from; showing Last 30 days',
    ]);
  });

  it('keeps only intervals the window offers, and implies the default one', () => {
    const tooFine = parseChartViewState({ range: '30d', interval: 'minute' });
    expect(tooFine.state.interval).toBeUndefined();
    expect(tooFine.notices).toEqual([
      'Ignored interval “minute”, which is not offered for Last 30 days; showing Day',
    ]);
    const explicit = parseChartViewState({
      from: '2024-01-01',
      to: '2024-12-31',
      interval: 'hour',
    });
    expect(explicit.notices).toEqual([
      'Ignored interval “hour”, which is not offered for 2024-01-01 to 2024-12-31; showing Month',
    ]);
    expect(parseChartViewState({ range: 'today', interval: 'hour' })).toEqual({
      state: { ...base(), range: 'today' },
      notices: [],
    });
    expect(parseChartViewState({ range: '30d', interval: 'week' }).state.interval).toBe('week');
  });

  it('reads hidden ids once each and names a newer link version', () => {
    const { state, notices } = parseChartViewState({ v: 2, hidden: ['x', 'x', 3] });
    expect(state.hidden).toEqual(['x']);
    expect(notices).toEqual([
      'This link was made by a newer version of this page (v2); parts of it may be ignored',
      'Ignored hidden entries that are not series ids',
    ]);
  });
});

describe('serializeChartViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeChartViewState(base())).toEqual({});
  });

  it('writes the short, readable form, with the version', () => {
    const state: ChartViewState = {
      ...base(),
      series: [
        { name: 'signup', segment: 'user', filters: [] },
        { name: 'screen_view', segment: 'event', filters: [] },
      ],
      breakdowns: [{ name: 'country' }],
      range: '7d',
      compare: true,
    };
    const search = serializeChartViewState(state);
    expect(search).toEqual({
      v: 1,
      series: [{ name: 'signup', segment: 'user' }, 'screen_view'],
      breakdowns: ['country'],
      range: '7d',
      compare: true,
    });
    expect(Object.keys(search)).toEqual(['v', 'series', 'breakdowns', 'range', 'compare']);
  });
});

describe('round trips', () => {
  const states: ChartViewState[] = [
    base(),
    { ...base(), range: 'all_time' },
    { ...base(), range: '7d', interval: 'hour' },
    { ...base(), range: '12m', interval: 'week', type: 'area', metric: 'average' },
    { ...base(), from: '2024-03-01', to: '2024-03-31', interval: 'week' },
    { ...base(), range: 'yesterday', from: '2026-03-08', to: '2026-03-08' },
    { ...base(), compare: true, type: 'metric', metric: 'min', limit: 1, offset: 3 },
    { ...base(), hidden: ['screenview-a-screenview-se', 'screenview-a-screenview-de'], ref: REF },
    {
      ...base(),
      series: [
        {
          name: '*',
          segment: 'session',
          filters: [
            { name: 'properties.plan', operator: 'is', value: ['pro', 'team'], type: 'string' },
            { id: 'f2', name: 'duration', operator: 'gt', value: [30] },
            { name: 'has_profile', operator: 'is', value: [true, null] },
          ],
        },
        { name: 'purchase', segment: 'property_average', property: 'revenue', filters: [] },
        { name: '404', segment: 'event', filters: [] },
      ],
      breakdowns: [{ name: 'country' }, { name: 'properties.cart.total' }],
      range: 'lastMonth',
    },
  ];

  it.each(states.map((state, index) => [index, state] as const))(
    'state %i survives serialize → parse → serialize',
    (_index, state) => {
      const search = serializeChartViewState(state);
      const parsed = parseChartViewState(search);
      expect(parsed.notices).toEqual([]);
      expect(parsed.state).toEqual(state);
      expect(serializeChartViewState(parsed.state)).toEqual(search);
    },
  );

  it('survives the trip through JSON text (what a pasted link carries)', () => {
    const state = states[8]!;
    const search = serializeChartViewState(state);
    const asText = Object.fromEntries(
      Object.entries(search).map(([key, value]) => [
        key,
        typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    );
    expect(parseChartViewState(asText)).toEqual({ state, notices: [] });
  });
});

describe('reference anchors in the link', () => {
  const A = 'aaaaaaaa-0000-4000-8000-000000000001';
  const B = 'bbbbbbbb-0000-4000-8000-000000000002';

  it('reads "since A" and "from A to B" by id', () => {
    expect(parseChartViewState({ v: 1, anchor: A })).toEqual({
      state: { ...base(), anchor: { from: A } },
      notices: [],
    });
    expect(parseChartViewState({ v: 1, anchor: `${A}..${B}` })).toEqual({
      state: { ...base(), anchor: { from: A, to: B } },
      notices: [],
    });
  });

  it('writes the anchor as the ids, never the days a resolved state carries', () => {
    expect(
      serializeChartViewState({
        ...base(),
        anchor: { from: A, to: B },
        from: '2026-10-25',
        to: '2026-11-21',
      }),
    ).toEqual({ v: 1, anchor: `${A}..${B}` });
    expect(serializeChartViewState({ ...base(), anchor: { from: B } })).toEqual({
      v: 1,
      anchor: B,
    });
  });

  it('round-trips an anchored state, interval included', () => {
    const state: ChartViewState = {
      ...base(),
      range: '7d',
      interval: 'week',
      anchor: { from: A, to: B },
    };
    const search = serializeChartViewState(state);
    expect(search).toEqual({ v: 1, range: '7d', interval: 'week', anchor: `${A}..${B}` });
    expect(parseChartViewState(search)).toEqual({ state, notices: [] });
  });

  it('drops a malformed anchor whole, and typed days under a valid one', () => {
    expect(parseChartViewState({ anchor: `${A}..${B}..${A}` })).toEqual({
      state: base(),
      notices: [
        `Ignored the reference anchor “${`${A}..${B}..${A}`.slice(0, 39)}…” (expected a reference id or two joined by ..)`,
      ],
    });
    expect(parseChartViewState({ anchor: 'yesterday' }).notices).toEqual([
      'Ignored the reference anchor “yesterday” (expected a reference id or two joined by ..)',
    ]);
    expect(parseChartViewState({ anchor: A, from: '2026-01-01', to: '2026-01-31' })).toEqual({
      state: { ...base(), anchor: { from: A } },
      notices: ['Ignored the dates 2026-01-01 to 2026-01-31: the reference anchor sets the window'],
    });
  });
});
