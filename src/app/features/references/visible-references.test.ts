import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../contract/bff-api.ts';
import { readReferencesSearch, referencesSearchNotices } from './references-search.ts';
import { visibleReferences } from './visible-references.ts';

const ref = (
  id: string,
  title: string,
  date: string,
  createdAt: string,
  description: string | null = null,
): Reference => ({
  id,
  title,
  description,
  date,
  projectId: 'demo',
  createdAt,
  updatedAt: createdAt,
});

// a: 1 Nov 23:30 UTC = 2 Nov 00:30 Stockholm; b: 10 Nov; c: 30 Nov 22:30 UTC = 30 Nov 23:30 Stockholm.
const a = ref(
  'a',
  'Launch v2',
  '2026-11-01T23:30:00.000Z',
  '2026-11-15T00:00:00.000Z',
  'Big release',
);
const b = ref('b', 'Campaign start', '2026-11-10T12:00:00.000Z', '2026-11-01T00:00:00.000Z', '');
const c = ref(
  'c',
  'Pricing change',
  '2026-11-30T22:30:00.000Z',
  '2026-11-10T00:00:00.000Z',
  'launch pricing',
);
const all = [a, b, c];
const ids = (list: Reference[]) => list.map((r) => r.id);
const zone = 'Europe/Stockholm';

describe('visibleReferences', () => {
  it('sorts by date, newest first, by default', () => {
    expect(ids(visibleReferences(all, {}, zone))).toEqual(['c', 'b', 'a']);
    expect(ids(visibleReferences(all, { sort: 'date-asc' }, zone))).toEqual(['a', 'b', 'c']);
  });

  it('sorts by creation', () => {
    expect(ids(visibleReferences(all, { sort: 'created-desc' }, zone))).toEqual(['a', 'c', 'b']);
    expect(ids(visibleReferences(all, { sort: 'created-asc' }, zone))).toEqual(['b', 'c', 'a']);
  });

  it('searches title and description without regard to case', () => {
    expect(ids(visibleReferences(all, { q: '  LAUNCH ' }, zone))).toEqual(['c', 'a']);
    expect(ids(visibleReferences(all, { q: 'campaign' }, zone))).toEqual(['b']);
    expect(ids(visibleReferences(all, { q: 'nothing' }, zone))).toEqual([]);
  });

  it('filters by inclusive days in the organization zone', () => {
    // a is 2 Nov in Stockholm (1 Nov in UTC); c is 30 Nov in both.
    expect(ids(visibleReferences(all, { from: '2026-11-02', to: '2026-11-10' }, zone))).toEqual([
      'b',
      'a',
    ]);
    expect(ids(visibleReferences(all, { from: '2026-11-02', to: '2026-11-10' }, 'UTC'))).toEqual([
      'b',
    ]);
    expect(ids(visibleReferences(all, { from: '2026-11-30' }, zone))).toEqual(['c']);
    expect(ids(visibleReferences(all, { to: '2026-11-01' }, zone))).toEqual([]);
  });

  it('does not reorder the cached list it was given', () => {
    const list = [a, b, c];
    visibleReferences(list, {}, zone);
    expect(ids(list)).toEqual(['a', 'b', 'c']);
  });
});

describe('references search', () => {
  it('keeps valid parts, drops the default sort and reads digits as text', () => {
    expect(readReferencesSearch({ q: 2026, from: '2026-11-01', sort: 'date-desc' })).toEqual({
      q: '2026',
      from: '2026-11-01',
    });
  });

  it('ignores unreadable parts and says so', () => {
    const raw = { from: '2026-02-30', sort: 'popular', to: '2026-11-30' };
    expect(readReferencesSearch(raw)).toEqual({ to: '2026-11-30' });
    expect(referencesSearchNotices(raw)).toEqual([
      'Ignored from “2026-02-30” (not a yyyy-MM-dd date)',
      'Ignored sort “popular” (not a known sort)',
    ]);
  });
});
