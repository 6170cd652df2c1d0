import { describe, expect, it } from 'vitest';
import { defaultFunnelViewState } from '../../../../contract/funnel-view-state.ts';
import { funnelApiSearch } from './funnel-query.ts';

const pairs = (search: string) => [...new URLSearchParams(search)];

describe('funnelApiSearch', () => {
  it('the default state asks for 30d, a 24 h window, by session', () => {
    expect(pairs(funnelApiSearch(defaultFunnelViewState))).toEqual([
      ['steps', '[{"name":"session_start"},{"name":"add_to_cart"},{"name":"purchase"}]'],
      ['range', '30d'],
      ['windowHours', '24'],
      ['groupBy', 'session_id'],
    ]);
  });

  it('explicit days replace the range; empty filter lists are left out; profiles group by profile_id', () => {
    const search = funnelApiSearch({
      ...defaultFunnelViewState,
      steps: [
        { name: 'a', filters: [{ name: 'properties.plan', operator: 'is', value: ['pro'] }] },
        { name: 'b', filters: [] },
      ],
      from: '2026-11-10',
      to: '2026-11-12',
      window: 48,
      unit: 'profile',
    });
    expect(pairs(search)).toEqual([
      [
        'steps',
        '[{"name":"a","filters":[{"name":"properties.plan","operator":"is","value":["pro"]}]},{"name":"b"}]',
      ],
      ['startDate', '2026-11-10'],
      ['endDate', '2026-11-12'],
      ['windowHours', '48'],
      ['groupBy', 'profile_id'],
    ]);
  });

  it('a computed window is sent as UTC instants with an inclusive end', () => {
    const search = funnelApiSearch(defaultFunnelViewState, {
      start: Date.parse('2026-11-06T23:00:00Z'),
      end: Date.parse('2026-11-09T23:00:00Z'),
    });
    expect(pairs(search).slice(1, 3)).toEqual([
      ['startDate', '2026-11-06T23:00:00Z'],
      ['endDate', '2026-11-09T22:59:59Z'],
    ]);
  });
});
