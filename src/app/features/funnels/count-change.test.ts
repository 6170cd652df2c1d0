import { describe, expect, it } from 'vitest';
import { countChange, formatCountChange } from './count-change.ts';

describe('countChange', () => {
  it('computes the change against the earlier count', () => {
    expect(countChange(6, 4)).toEqual({ delta: 2, percent: 50 });
    expect(countChange(3, 6)).toEqual({ delta: -3, percent: -50 });
    expect(countChange(2, 3)).toEqual({ delta: -1, percent: -33.33 });
    expect(countChange(4, 0)).toEqual({ delta: 4, percent: null });
  });

  it('formats with an explicit sign', () => {
    expect(formatCountChange({ delta: 2, percent: 50 })).toBe('+2 (+50%)');
    expect(formatCountChange({ delta: -3, percent: -50 })).toBe('−3 (−50%)');
    expect(formatCountChange({ delta: 0, percent: 0 })).toBe('±0 (0%)');
    expect(formatCountChange({ delta: 4, percent: null })).toBe('+4 (new)');
    expect(formatCountChange({ delta: 0, percent: null })).toBe('±0');
  });
});
