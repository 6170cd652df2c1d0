import { describe, expect, it } from 'vitest';
import { roundClickHouse2 } from './metrics-rounding.ts';

describe('roundClickHouse2', () => {
  it('rounds to 2 decimals with ties to even, like ClickHouse round() on Float64', () => {
    expect(roundClickHouse2(200 / 3)).toBe(66.67); // 2 of 3 sessions bounced
    expect(roundClickHouse2(5 / 3)).toBe(1.67);
    expect(roundClickHouse2(1 / 8)).toBe(0.12); // 12.5 → 12 (even), where Math.round gives 0.13
    expect(roundClickHouse2(3 / 8)).toBe(0.38); // 37.5 → 38 (even)
    expect(roundClickHouse2(65432.1) / 1000).toBe(65.4321);
  });
});
