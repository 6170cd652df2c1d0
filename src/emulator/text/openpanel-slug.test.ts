import { describe, expect, it } from 'vitest';
import { openpanelSlug } from './openpanel-slug.ts';

describe('openpanelSlug (slugify with lower, strict, trim; §8.2 project ids)', () => {
  it.each([
    // OpenPanel's own unit test (packages/common/src/slug.test.ts).
    ['Hello || World, | Test å å ä ä', 'hello-world-test-a-a-a-a'],
    ['Acme', 'acme'],
    ['  Acme   Shop  ', 'acme-shop'],
    ['My_Project', 'myproject'],
    ['a - b', 'a-b'],
    ['Café & Bar', 'cafe-and-bar'],
    ['Straße 5$', 'strasse-5dollar'],
    ['Ölfabrik', 'olfabrik'],
  ])('%j → %j', (name, slug) => {
    expect(openpanelSlug(name)).toBe(slug);
  });
});

describe('openpanelSlug (§5.6 series ids)', () => {
  it('drops punctuation and underscores, lowercases, joins words with -', () => {
    expect(openpanelSlug('screenview-A-screen_view')).toBe('screenview-a-screenview');
    expect(openpanelSlug('sign-up-B-Sign Up!-SE')).toBe('sign-up-b-sign-up-se');
    expect(openpanelSlug('  a -- b  ')).toBe('a-b');
  });

  it('transliterates the Nordic letters and symbols it knows', () => {
    expect(openpanelSlug('Göteborg & Malmö')).toBe('goteborg-and-malmo');
    expect(openpanelSlug('Café 100%')).toBe('cafe-100percent');
    expect(openpanelSlug('a|b')).toBe('a-b');
  });

  it('reduces "*" to nothing', () => {
    expect(openpanelSlug(`${openpanelSlug('*')}-A-*`)).toBe('a');
  });

  it('carries the symbols only one of the former copies knew', () => {
    expect(openpanelSlug('Acme™ ₹5')).toBe('acmetm-indian-rupee5');
    expect(openpanelSlug('Dıyarbakır')).toBe('diyarbakir');
  });
});
