import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filter } from '../../contract/openpanel-common.ts';
import { openEmulatorDb, type EmulatorDb } from '../store/emulator-db.ts';
import { insertEvents, storedEvent } from '../store/event-writer.ts';
import { filtersToSql } from './filter-sql.ts';
import { SqlParams } from './sql-params.ts';

// Three hand-built events; every expectation below is read off these rows by hand (§6, §6.1, §6.2).
const rows = [
  storedEvent({
    id: 'r1',
    name: 'screen_view',
    project_id: 'demo',
    device_id: 'd1',
    profile_id: 'd1',
    path: '/home',
    duration: 10,
    longitude: 18.5,
    country: 'SE',
    created_at: new Date('2024-04-01T10:00:00Z'),
    properties: {
      plan: 'pro',
      'cart.total': '42',
      'items.0.sku': 'A1',
      'items.1.sku': 'B2',
      '__query.utm_source': 'newsletter',
      flag: 'yes',
      day: '2024-03-01',
    },
  }),
  storedEvent({
    id: 'r2',
    name: 'signup',
    project_id: 'demo',
    device_id: 'd2',
    profile_id: 'u2',
    path: '/signup',
    duration: 5,
    revenue: 1000,
    country: 'DE',
    created_at: new Date('2024-04-02T10:00:00Z'),
    properties: {
      plan: 'free',
      'cart.total': 'abc',
      'items.0.sku': 'C3',
      flag: 'no',
      day: '2024-01-15',
    },
  }),
  storedEvent({
    id: 'r3',
    name: 'screen_view',
    project_id: 'demo',
    device_id: 'd3',
    profile_id: 'u3',
    path: '/blog/50%_off',
    created_at: new Date('2024-04-03T10:00:00Z'),
    properties: { plan: 'team', 'cart.total': '7' },
  }),
];

let db: EmulatorDb;

beforeAll(async () => {
  db = await openEmulatorDb(':memory:');
  await insertEvents(db, rows);
  await db.run(
    `INSERT INTO profiles (id, project_id, email, properties, created_at, last_seen_at)
     VALUES ('u2', 'demo', 'a@x', '{"tier":"gold"}', '2024-01-01', '2024-01-01')`,
  );
});
afterAll(() => db.close());

const f = (
  name: string,
  operator: Filter['operator'],
  value: Filter['value'],
  extra = {},
): Filter => ({
  name,
  operator,
  value,
  ...extra,
});

async function matching(filters: Filter[]): Promise<string[]> {
  const params = new SqlParams();
  const where = filtersToSql(filters, params);
  const join = where.needsProfileJoin
    ? 'LEFT JOIN profiles pr ON pr.project_id = e.project_id AND pr.id = e.profile_id'
    : '';
  const result = await db.all<{ id: string }>(
    `SELECT e.id FROM events e ${join} WHERE ${where.sql} ORDER BY e.id`,
    params.values,
  );
  return result.map((r) => r.id);
}

describe('filtersToSql', () => {
  it('is TRUE with no filters', () => {
    expect(filtersToSql([], new SqlParams())).toEqual({ sql: 'TRUE', needsProfileJoin: false });
  });

  it('is: IN over columns, aliases, utm names and properties; String()-ed, trimmed, case-sensitive', async () => {
    expect(await matching([f('country', 'is', ['SE', 'DE'])])).toEqual(['r1', 'r2']);
    expect(await matching([f('deviceId', 'is', ['d2'])])).toEqual(['r2']);
    expect(await matching([f('utm_source', 'is', ['newsletter'])])).toEqual(['r1']);
    expect(await matching([f('properties.cart.total', 'is', [42])])).toEqual(['r1']);
    expect(await matching([f('properties.plan', 'is', [' pro '])])).toEqual(['r1']);
    expect(await matching([f('properties.plan', 'is', ['PRO'])])).toEqual([]);
  });

  it('isNot: NOT IN; a missing property reads as an empty string', async () => {
    expect(await matching([f('properties.plan', 'isNot', ['pro', 'free'])])).toEqual(['r3']);
    expect(await matching([f('properties.missing', 'isNot', ['x'])])).toEqual(['r1', 'r2', 'r3']);
  });

  it('contains: any value; % and _ in a value stay LIKE wildcards as upstream', async () => {
    expect(await matching([f('path', 'contains', ['sign', 'blog'])])).toEqual(['r2', 'r3']);
    // `blog_` matches `blog/` because `_` is not escaped.
    expect(await matching([f('path', 'contains', ['blog_'])])).toEqual(['r3']);
  });

  it('doesNotContain: an OR of NOT LIKE', async () => {
    expect(await matching([f('path', 'doesNotContain', ['home'])])).toEqual(['r2', 'r3']);
    expect(await matching([f('path', 'doesNotContain', ['home', 'signup'])])).toEqual([
      'r1',
      'r2',
      'r3',
    ]);
  });

  it('startsWith and endsWith', async () => {
    expect(await matching([f('path', 'startsWith', ['/s'])])).toEqual(['r2']);
    expect(await matching([f('path', 'endsWith', ['off'])])).toEqual(['r3']);
  });

  it('regex: slashes stripped on top-level columns only', async () => {
    expect(await matching([f('path', 'regex', ['/^.home$/'])])).toEqual(['r1']);
    expect(await matching([f('properties.plan', 'regex', ['/pro/'])])).toEqual([]);
    expect(await matching([f('properties.plan', 'regex', ['^t', 'ee$'])])).toEqual(['r2', 'r3']);
  });

  it('isNull and isNotNull apply with value: []', async () => {
    expect(await matching([f('properties.day', 'isNull', [])])).toEqual(['r3']);
    expect(await matching([f('country', 'isNull', [])])).toEqual(['r3']);
    expect(await matching([f('longitude', 'isNotNull', [])])).toEqual(['r1']);
  });

  it('gt/lt on property paths are numeric with non-numbers as 0', async () => {
    expect(await matching([f('properties.cart.total', 'gt', ['5'])])).toEqual(['r1', 'r3']);
    expect(await matching([f('properties.cart.total', 'lt', ['1'])])).toEqual(['r2']);
    expect(await matching([f('properties.cart.total', 'lt', ['1', '10'])])).toEqual(['r2', 'r3']);
  });

  it('gte/lte are numeric on duration and revenue, lexicographic on other columns', async () => {
    expect(await matching([f('duration', 'gt', ['9'])])).toEqual(['r1']);
    expect(await matching([f('duration', 'gte', ['5'])])).toEqual(['r1', 'r2']);
    expect(await matching([f('revenue', 'gte', ['999'])])).toEqual(['r2']);
    expect(await matching([f('path', 'gt', ['/h'])])).toEqual(['r1', 'r2']);
    expect(await matching([f('country', 'lte', ['DE'])])).toEqual(['r2', 'r3']);
  });

  it('type casts: number, date, datetime, boolean; typed isNot is an AND', async () => {
    expect(
      await matching([f('properties.cart.total', 'is', ['42.0'], { type: 'number' })]),
    ).toEqual(['r1']);
    expect(
      await matching([f('properties.cart.total', 'isNot', ['42', '8'], { type: 'number' })]),
    ).toEqual(['r3']);
    expect(await matching([f('properties.day', 'gte', ['2024-02-01'], { type: 'date' })])).toEqual([
      'r1',
    ]);
    expect(
      await matching([f('createdAt', 'gt', ['2024-04-02T00:00:00Z'], { type: 'datetime' })]),
    ).toEqual(['r2', 'r3']);
    expect(await matching([f('properties.flag', 'is', ['true'], { type: 'boolean' })])).toEqual([
      'r1',
    ]);
  });

  it('wildcards: any matching key satisfies the filter', async () => {
    expect(await matching([f('properties.items.*.sku', 'is', ['B2'])])).toEqual(['r1']);
    expect(await matching([f('properties.items[*]', 'is', ['C3'])])).toEqual(['r2']);
    expect(await matching([f('properties.items.*.sku', 'isNotNull', [])])).toEqual(['r1', 'r2']);
  });

  it('a trailing .* is no wildcard upstream (a ClickHouse error): it throws', () => {
    expect(() => filtersToSql([f('properties.items.*', 'is', ['A1'])], new SqlParams())).toThrow();
  });

  it('profile.properties joins profiles; profile columns and unknown names are ignored', async () => {
    expect(
      filtersToSql([f('profile.properties.tier', 'is', ['gold'])], new SqlParams()),
    ).toMatchObject({
      needsProfileJoin: true,
    });
    expect(await matching([f('profile.properties.tier', 'is', ['gold'])])).toEqual(['r2']);
    expect(await matching([f('profile.properties.tier', 'isNull', [])])).toEqual(['r1', 'r3']);
    expect(await matching([f('profile.email', 'is', ['nobody'])])).toEqual(['r1', 'r2', 'r3']);
    expect(await matching([f('temple_name', 'is', ['x'])])).toEqual(['r1', 'r2', 'r3']);
  });

  it('has_profile checks the raw values for the string "true"', async () => {
    expect(await matching([f('has_profile', 'is', ['true'])])).toEqual(['r2', 'r3']);
    expect(await matching([f('has_profile', 'is', ['false'])])).toEqual(['r1']);
    expect(await matching([f('has_profile', 'is', [true])])).toEqual(['r1']);
  });

  it('cohorts: inCohort matches nothing, notInCohort everything, no ids ignores the filter', async () => {
    expect(await matching([f('x', 'inCohort', [], { cohortIds: ['c1'] })])).toEqual([]);
    expect(await matching([f('x', 'notInCohort', [], { cohortId: 'c1' })])).toEqual([
      'r1',
      'r2',
      'r3',
    ]);
    expect(await matching([f('x', 'inCohort', [])])).toEqual(['r1', 'r2', 'r3']);
  });

  it('group fields read as empty strings', async () => {
    expect(await matching([f('group.name', 'isNull', [])])).toEqual(['r1', 'r2', 'r3']);
    expect(await matching([f('group.properties.plan', 'is', ['x'])])).toEqual([]);
  });

  it('value: [] drops a filter; filters are ANDed', async () => {
    expect(await matching([f('country', 'is', [])])).toEqual(['r1', 'r2', 'r3']);
    expect(
      await matching([f('country', 'is', ['SE']), f('properties.plan', 'is', ['pro', "o'neil"])]),
    ).toEqual(['r1']);
    expect(
      await matching([f('country', 'is', ['DE']), f('properties.plan', 'is', ['pro'])]),
    ).toEqual([]);
  });
});
