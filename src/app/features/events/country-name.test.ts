import { describe, expect, it } from 'vitest';
import { countryLabel, countryName } from './country-name.ts';

describe('country names', () => {
  it('names ISO codes', () => {
    expect(countryName('SE')).toBe('Sweden');
    expect(countryName('de')).toBe('Germany');
    expect(countryLabel('US')).toBe('United States (US)');
    expect(countryName('SE', 'sv')).toBe('Sverige');
  });

  it('says Unknown for the empty and NUL-padded missing country (§4.3)', () => {
    expect(countryName('')).toBe('Unknown');
    expect(countryName('\u0000\u0000')).toBe('Unknown');
    expect(countryLabel('\u0000\u0000')).toBe('Unknown');
  });

  it('shows a code it cannot name as is', () => {
    expect(countryLabel('XY')).toBe('XY');
    expect(countryName('Sweden')).toBe('Sweden');
  });
});
