import { describe, expect, it } from 'vitest';
import { withRandomSuffix } from './project-slug.ts';

describe('withRandomSuffix (getId retry)', () => {
  it('appends four digits, or replaces a trailing four-digit group', () => {
    expect(withRandomSuffix('Demo', () => 0)).toBe('Demo-1000');
    expect(withRandomSuffix('Demo-1234', () => 0.5)).toBe('Demo-5500');
    expect(withRandomSuffix('Demo-12', () => 0.9999)).toBe('Demo-12-9999');
  });
});
