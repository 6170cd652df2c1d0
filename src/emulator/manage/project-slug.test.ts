import { describe, expect, it } from 'vitest';
import { projectSlug, withRandomSuffix } from './project-slug.ts';

describe('projectSlug (slugify with lower, strict, trim; §8.2)', () => {
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
    expect(projectSlug(name)).toBe(slug);
  });
});

describe('withRandomSuffix (getId retry)', () => {
  it('appends four digits, or replaces a trailing four-digit group', () => {
    expect(withRandomSuffix('Demo', () => 0)).toBe('Demo-1000');
    expect(withRandomSuffix('Demo-1234', () => 0.5)).toBe('Demo-5500');
    expect(withRandomSuffix('Demo-12', () => 0.9999)).toBe('Demo-12-9999');
  });
});
