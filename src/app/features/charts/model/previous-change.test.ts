import { describe, expect, it } from 'vitest';
import { previousChange, signedChange } from './previous-change.ts';

describe('previousChange', () => {
  it('turns the §5.7 example (50 now, 100 before: diff 100 "negative") into −50 %', () => {
    expect(previousChange(50, { diff: 100, state: 'negative', value: 100 })).toEqual({
      previous: 100,
      change: -50,
      direction: 'down',
    });
  });

  it('gives a rise its sign too (§5.6 example: sum 42 against 36, diff 16.7 "positive")', () => {
    const result = previousChange(42, { diff: 16.7, state: 'positive', value: 36 });
    expect(result?.direction).toBe('up');
    // (42 − 36) / 36 × 100 = 16.666…
    expect(result?.change).toBeCloseTo(16.6667, 4);
  });

  it('is null against a previous 0 (the upstream diff is null there as well)', () => {
    expect(previousChange(12, { diff: null, state: 'positive', value: 0 })).toEqual({
      previous: 0,
      change: null,
      direction: 'up',
    });
  });

  it('is 0 % and flat when nothing changed', () => {
    expect(previousChange(10, { diff: null, state: 'neutral', value: 10 })).toEqual({
      previous: 10,
      change: 0,
      direction: 'flat',
    });
  });

  it('has no change without a current value, and nothing without a previous one', () => {
    expect(previousChange(null, { diff: null, state: 'negative', value: 4 })).toEqual({
      previous: 4,
      change: null,
      direction: 'down',
    });
    expect(previousChange(10, undefined)).toBeUndefined();
  });
});

describe('signedChange', () => {
  it('falls to −100 % when the current value is 0', () => {
    expect(signedChange(0, 8)).toBe(-100);
    expect(signedChange(30, 20)).toBe(50);
    expect(signedChange(5, null)).toBeNull();
  });
});
