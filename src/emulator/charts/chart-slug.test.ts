import { describe, expect, it } from 'vitest';
import { chartSlug } from './chart-slug.ts';

describe('chartSlug (§5.6 series ids)', () => {
  it('drops punctuation and underscores, lowercases, joins words with -', () => {
    expect(chartSlug('screenview-A-screen_view')).toBe('screenview-a-screenview');
    expect(chartSlug('sign-up-B-Sign Up!-SE')).toBe('sign-up-b-sign-up-se');
    expect(chartSlug('  a -- b  ')).toBe('a-b');
  });

  it('transliterates the Nordic letters and symbols it knows', () => {
    expect(chartSlug('Göteborg & Malmö')).toBe('goteborg-and-malmo');
    expect(chartSlug('Café 100%')).toBe('cafe-100percent');
    expect(chartSlug('a|b')).toBe('a-b');
  });

  it('reduces "*" to nothing', () => {
    expect(chartSlug(`${chartSlug('*')}-A-*`)).toBe('a');
  });
});
