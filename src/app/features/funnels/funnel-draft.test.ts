import { describe, expect, it } from 'vitest';
import { defaultFunnelViewState } from '../../../contract/funnel-view-state.ts';
import type { FunnelViewState } from '../../../contract/funnel-view-state.ts';
import { draftFromState, stateFromDraft } from './funnel-draft.ts';

const state: FunnelViewState = {
  ...defaultFunnelViewState,
  steps: [
    { name: 'a', filters: [{ name: 'properties.plan', operator: 'is', value: ['pro', 'team'] }] },
    { name: 'b', filters: [{ name: 'x', operator: 'inCohort', value: [], cohortIds: ['c1'] }] },
  ],
  from: '2026-11-10',
  to: '2026-11-12',
  compare: 'previous',
};

describe('funnel builder draft', () => {
  it('round-trips the URL state', () => {
    const draft = draftFromState(state);
    expect(draft.steps[0]?.filters[0]?.valueText).toBe('pro, team');
    expect(draft.steps[1]?.filters[0]?.valueText).toBe('c1');
    expect(draft.period).toBe('dates');
    expect(stateFromDraft(draft, state)).toEqual({ state });
  });

  it('turns edited text into the §6 grammar and drops unfinished filter rows', () => {
    const draft = draftFromState(defaultFunnelViewState);
    draft.steps[0]!.filters = [
      { name: ' path ', operator: 'contains', valueText: '/pricing, , /plans ' },
      { name: 'properties.coupon', operator: 'isNull', valueText: 'ignored' },
      { name: '', operator: 'is', valueText: 'x' },
    ];
    draft.period = '7d';
    draft.window = '72';
    draft.unit = 'profile';
    expect(stateFromDraft(draft, defaultFunnelViewState)).toEqual({
      state: {
        ...defaultFunnelViewState,
        steps: [
          {
            name: 'session_start',
            filters: [
              { name: 'path', operator: 'contains', value: ['/pricing', '/plans'] },
              { name: 'properties.coupon', operator: 'isNull', value: [] },
            ],
          },
          { name: 'add_to_cart' },
          { name: 'purchase' },
        ],
        range: '7d',
        from: undefined,
        to: undefined,
        window: 72,
        unit: 'profile',
      },
    });
  });

  it('says what is wrong instead of applying', () => {
    const draft = draftFromState(defaultFunnelViewState);
    expect(stateFromDraft({ ...draft, window: '0' }, defaultFunnelViewState)).toEqual({
      error: 'The conversion window is a whole number of hours from 1 to 720.',
    });
    expect(
      stateFromDraft(
        { ...draft, steps: [...draft.steps, { name: ' ', filters: [] }] },
        defaultFunnelViewState,
      ),
    ).toEqual({ error: 'Pick an event for every step.' });
    expect(
      stateFromDraft(
        { ...draft, period: 'dates', from: '2026-11-12', to: '' },
        defaultFunnelViewState,
      ),
    ).toEqual({
      error: 'Pick both a start and an end date.',
    });
    expect(
      stateFromDraft(
        { ...draft, period: 'dates', from: '2026-11-12', to: '2026-11-10' },
        defaultFunnelViewState,
      ),
    ).toEqual({ error: 'The end date is before the start date.' });
  });
});
