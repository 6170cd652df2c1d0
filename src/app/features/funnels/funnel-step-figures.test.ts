import { describe, expect, it } from 'vitest';
import { funnelStepFigures } from './funnel-step-figures.ts';

const steps = (...counts: number[]) => counts.map((count, i) => ({ name: `s${i + 1}`, count }));

describe('funnelStepFigures (§7.2)', () => {
  it('10 → 6 → 3: percent of first, drop-off to the next step, highest drop-off first', () => {
    expect(funnelStepFigures(steps(10, 6, 3))).toEqual({
      total: 10,
      completed: 3,
      overallConversionRate: 30,
      steps: [
        {
          name: 's1',
          count: 10,
          percentOfFirst: 100,
          dropoffCount: 4,
          dropoffPercent: 40,
          isHighestDropoff: true,
        },
        {
          name: 's2',
          count: 6,
          percentOfFirst: 60,
          dropoffCount: 3,
          dropoffPercent: 50,
          isHighestDropoff: false,
        },
        {
          name: 's3',
          count: 3,
          percentOfFirst: 30,
          dropoffCount: 0,
          dropoffPercent: null,
          isHighestDropoff: false,
        },
      ],
    });
  });

  it('rounds to 2 decimals (1 of 3 = 33.33 %, 2 of 3 = 66.67 %)', () => {
    const figures = funnelStepFigures(steps(3, 1));
    expect(figures.overallConversionRate).toBe(33.33);
    expect(figures.steps.map((s) => [s.percentOfFirst, s.dropoffPercent])).toEqual([
      [100, 66.67],
      [33.33, null],
    ]);
  });

  it('a tie marks only the first of the largest drops', () => {
    expect(funnelStepFigures(steps(10, 7, 4)).steps.map((s) => s.isHighestDropoff)).toEqual([
      true,
      false,
      false,
    ]);
    expect(funnelStepFigures(steps(10, 10, 4)).steps.map((s) => s.isHighestDropoff)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('an empty funnel: zeros everywhere, null on the last step, no highest drop-off', () => {
    expect(funnelStepFigures(steps(0, 0))).toEqual({
      total: 0,
      completed: 0,
      overallConversionRate: 0,
      steps: [
        {
          name: 's1',
          count: 0,
          percentOfFirst: 0,
          dropoffCount: 0,
          dropoffPercent: 0,
          isHighestDropoff: false,
        },
        {
          name: 's2',
          count: 0,
          percentOfFirst: 0,
          dropoffCount: 0,
          dropoffPercent: null,
          isHighestDropoff: false,
        },
      ],
    });
  });
});
