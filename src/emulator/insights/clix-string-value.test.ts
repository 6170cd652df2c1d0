import { describe, expect, it } from 'vitest';
import { clixStringValue } from './clix-string-value.ts';

describe('clixStringValue', () => {
  it('leaves ordinary values and plain dates alone', () => {
    expect(clixStringValue('screen_view')).toBe('screen_view');
    expect(clixStringValue('2026-08-01')).toBe('2026-08-01');
    expect(clixStringValue('2026-08-01 10:00:00')).toBe('2026-08-01 10:00:00');
  });

  it('evaluates string functions spliced around a date (§9.1)', () => {
    expect(clixStringValue('toString(2026-08-01)')).toBe('2026-08-01');
    expect(clixStringValue('upper(2026-08-01 10:00)')).toBe('2026-08-01 10:00');
  });

  it('throws (a 500) for other spliced forms', () => {
    expect(() => clixStringValue('toDate(2026-08-01)')).toThrow();
    expect(() => clixStringValue('2026-08-01)')).toThrow();
    expect(() => clixStringValue('toString(2026-08-01')).toThrow();
  });
});
