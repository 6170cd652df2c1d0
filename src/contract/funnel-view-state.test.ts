import { describe, expect, it } from 'vitest';
import {
  defaultFunnelViewState,
  funnelSearchOf,
  funnelViewStateIssues,
  parseFunnelViewState,
} from './funnel-view-state.ts';

const steps = [
  {
    name: 'e2e_funnel_step_1',
    filters: [{ name: 'properties.plan', operator: 'is', value: ['pro'] }],
  },
  { name: 'e2e_funnel_step_2' },
];

describe('funnel URL state', () => {
  it('an empty URL is the default funnel', () => {
    expect(defaultFunnelViewState).toEqual({
      steps: [{ name: 'session_start' }, { name: 'add_to_cart' }, { name: 'purchase' }],
      range: '30d',
      window: 24,
      unit: 'session',
    });
    expect(funnelViewStateIssues({})).toEqual([]);
  });

  it('parses a full state as the router hands it over (JSON values already parsed) and round-trips', () => {
    const raw = {
      steps,
      range: '7d',
      from: '2026-11-10',
      to: '2026-11-12',
      window: 48,
      unit: 'profile',
      compare: 'previous',
      split: '1af09627-0000-4000-8000-000000000001',
    };
    const state = parseFunnelViewState(raw);
    expect(state).toEqual(raw);
    expect(parseFunnelViewState(state)).toEqual(state);
    expect(funnelViewStateIssues(raw)).toEqual([]);
  });

  it('reads the BFF names a share link carries (steps as JSON text, numbers as strings)', () => {
    const state = parseFunnelViewState({
      steps: JSON.stringify(steps),
      startDate: '2026-11-10',
      endDate: '2026-11-12',
      windowHours: '48',
      groupBy: 'profile_id',
    });
    expect(state).toEqual({
      steps,
      range: '30d',
      from: '2026-11-10',
      to: '2026-11-12',
      window: 48,
      unit: 'profile',
    });
  });

  it('replaces what does not parse by defaults and names every ignored part', () => {
    const raw = {
      steps: [{ name: 'only_one' }],
      range: 'last_90_days',
      from: '2026-11-12',
      window: 0,
      unit: 'device',
      compare: 'yes',
      split: 'nope',
      colour: 'red',
    };
    expect(parseFunnelViewState(raw)).toEqual(defaultFunnelViewState);
    expect(funnelViewStateIssues(raw)).toEqual([
      'steps (a funnel needs 2 to 10 named steps)',
      'range “last_90_days”',
      'window (whole hours from 1 to 720)',
      'unit (session or profile)',
      'compare',
      'split (not a reference id)',
      'from/to (both ends of the window are needed)',
      'unknown parameter “colour”',
    ]);
  });

  it('drops a window that ends before it starts', () => {
    const raw = { from: '2026-11-12', to: '2026-11-10' };
    expect(parseFunnelViewState(raw)).toEqual(defaultFunnelViewState);
    expect(funnelViewStateIssues(raw)).toEqual(['from/to (the window ends before it starts)']);
  });

  it('rejects more than 10 steps and an unknown filter operator', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `e${i}` }));
    expect(parseFunnelViewState({ steps: eleven }).steps).toEqual(defaultFunnelViewState.steps);
    const badOperator = [
      { name: 'a', filters: [{ name: 'x', operator: 'like', value: [] }] },
      { name: 'b' },
    ];
    expect(funnelViewStateIssues({ steps: badOperator })).toEqual([
      'steps (a funnel needs 2 to 10 named steps)',
    ]);
  });
});

describe('funnelSearchOf', () => {
  it('leaves defaults out of the URL and parses back to the same state', () => {
    expect(funnelSearchOf(defaultFunnelViewState)).toEqual({});
    const state = parseFunnelViewState({ steps, range: '7d', window: 48, compare: 'previous' });
    expect(funnelSearchOf(state)).toEqual({ steps, range: '7d', window: 48, compare: 'previous' });
    expect(parseFunnelViewState(funnelSearchOf(state))).toEqual(state);
  });

  it('keeps from/to instead of the range when both are set', () => {
    const state = parseFunnelViewState({ range: '7d', from: '2026-11-10', to: '2026-11-12' });
    expect(funnelSearchOf(state)).toEqual({ from: '2026-11-10', to: '2026-11-12' });
  });
});
