import { describe, expect, it } from 'vitest';
import { insightsFunnelResponse } from './insights-funnel-response.ts';

// Expected bodies computed by hand from shared/openpanel-api.md §7.2.
describe('insightsFunnelResponse', () => {
  it('reproduces the §7.2 example', () => {
    expect(
      JSON.stringify(
        insightsFunnelResponse(['session_start', 'signup', 'purchase'], [120, 75, 60]),
      ),
    ).toBe(
      JSON.stringify({
        steps: [
          {
            step: 1,
            eventName: 'session_start',
            users: 120,
            conversionRateFromStart: 100,
            dropoffPercent: 37.5,
            isHighestDropoff: true,
          },
          {
            step: 2,
            eventName: 'signup',
            users: 75,
            conversionRateFromStart: 62.5,
            dropoffPercent: 20,
            isHighestDropoff: false,
          },
          {
            step: 3,
            eventName: 'purchase',
            users: 60,
            conversionRateFromStart: 50,
            dropoffPercent: null,
            isHighestDropoff: false,
          },
        ],
        totalUsers: 120,
        completedUsers: 60,
        overallConversionRate: 50,
      }),
    );
  });

  it('rounds to 2 decimals and flags only the first largest drop', () => {
    // 3 → 2 → 1 → 1: drops 1, 1, 0 — the first drop of 1 is the highest.
    // 2/3 = 66.666… → 66.67; 1/3 = 33.333… → 33.33; dropoff 1/3 → 33.33, 1/2 → 50.
    const body = insightsFunnelResponse(['a', 'b', 'c', 'd'], [3, 2, 1, 1]);
    expect(body.steps.map((s) => s.conversionRateFromStart)).toEqual([100, 66.67, 33.33, 33.33]);
    expect(body.steps.map((s) => s.dropoffPercent)).toEqual([33.33, 50, 0, null]);
    expect(body.steps.map((s) => s.isHighestDropoff)).toEqual([true, false, false, false]);
    expect(body.overallConversionRate).toBe(33.33);
  });

  it('flags a later step when its drop is larger', () => {
    const body = insightsFunnelResponse(['a', 'b', 'c'], [10, 9, 2]);
    expect(body.steps.map((s) => s.isHighestDropoff)).toEqual([false, true, false]);
    expect(body.steps.map((s) => s.dropoffPercent)).toEqual([10, 77.78, null]);
  });

  it('has no highest dropoff when nobody drops', () => {
    const body = insightsFunnelResponse(['a', 'b'], [4, 4]);
    expect(body.steps.map((s) => s.isHighestDropoff)).toEqual([false, false]);
    expect(body.overallConversionRate).toBe(100);
  });

  it('still lists every step of an empty funnel', () => {
    expect(insightsFunnelResponse(['a', 'b'], [0, 0])).toEqual({
      steps: [
        {
          step: 1,
          eventName: 'a',
          users: 0,
          conversionRateFromStart: 0,
          dropoffPercent: 0,
          isHighestDropoff: false,
        },
        {
          step: 2,
          eventName: 'b',
          users: 0,
          conversionRateFromStart: 0,
          dropoffPercent: null,
          isHighestDropoff: false,
        },
      ],
      totalUsers: 0,
      completedUsers: 0,
      overallConversionRate: 0,
    });
  });
});
