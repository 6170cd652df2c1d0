import { describe, expect, it } from 'vitest';
import { parseFunnelViewState } from '../../../contract/funnel-view-state.ts';
import { describeSharedFunnel } from './describe-shared-funnel.ts';

describe('describeSharedFunnel', () => {
  it('names the steps with filters, the live range, the window and the unit', () => {
    const state = parseFunnelViewState({
      steps: JSON.stringify([
        { name: 'session_start' },
        {
          name: 'purchase',
          filters: [{ name: 'country', operator: 'is', value: ['SE', 'NO'] }],
        },
      ]),
      range: '7d',
      windowHours: '48',
      groupBy: 'profile_id',
    });
    expect(describeSharedFunnel(state)).toBe(
      'session_start → purchase (where country is SE or NO) · Last 7 days (live range) · converted within 48 hours · counted per profile',
    );
  });

  it('says fixed dates and one hour', () => {
    const state = parseFunnelViewState({
      steps: JSON.stringify([
        { name: 'a', filters: [{ name: 'plan', operator: 'isNotNull', value: [] }] },
        { name: 'b' },
      ]),
      startDate: '2026-11-01',
      endDate: '2026-11-07',
      windowHours: '1',
      groupBy: 'session_id',
    });
    expect(describeSharedFunnel(state)).toBe(
      'a (where plan is set) → b · 2026-11-01 to 2026-11-07 (fixed dates) · converted within 1 hour · counted per session',
    );
  });
});
