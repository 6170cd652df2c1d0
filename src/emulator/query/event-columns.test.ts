import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmulatorDb, type EmulatorDb } from '../store/emulator-db.ts';
import { insertEvents, storedEvent } from '../store/event-writer.ts';
import { eventColumnSql, wildcardKeyPattern } from './event-columns.ts';

let db: EmulatorDb;

beforeAll(async () => {
  db = await openEmulatorDb(':memory:');
  await insertEvents(db, [
    storedEvent({
      id: 'r1',
      name: 'signup',
      project_id: 'demo',
      device_id: 'd1',
      profile_id: 'u1',
      duration: 12,
      created_at: new Date('2024-04-01T10:00:00.120Z'),
      properties: { 'cart.total': '42', "it's": 'quoted', '__query.utm_source': 'news' },
    }),
    storedEvent({
      id: 'r2',
      name: 'screen_view',
      project_id: 'demo',
      device_id: 'd2',
      profile_id: 'd2',
      created_at: new Date('2024-04-02T00:00:00Z'),
    }),
  ]);
  await db.run(
    `INSERT INTO profiles (id, project_id, email, created_at, last_seen_at)
     VALUES ('u1', 'demo', 'ada@example.com', '2024-01-02 03:04:05', '2024-01-02 03:04:05')`,
  );
});
afterAll(() => db.close());

/** The breakdown value of each row, ordered by id. */
async function breakdown(name: string): Promise<unknown[]> {
  const column = eventColumnSql(name, 'breakdown');
  if (!column) throw new Error(`no column for ${name}`);
  const join = column.needsProfileJoin
    ? 'LEFT JOIN profiles pr ON pr.project_id = e.project_id AND pr.id = e.profile_id'
    : '';
  const rows = await db.all<{ v: unknown }>(
    `SELECT ${column.sql} AS v FROM events e ${join} ORDER BY e.id`,
  );
  return rows.map((r) => r.v);
}

describe('eventColumnSql', () => {
  it('reads top-level columns, camelCase aliases and bare utm names', async () => {
    expect(await breakdown('deviceId')).toEqual(['d1', 'd2']);
    expect(await breakdown('utm_source')).toEqual(['news', '']);
    expect(await breakdown('createdAt')).toEqual([
      '2024-04-01 10:00:00.120',
      '2024-04-02 00:00:00.000',
    ]);
    expect(eventColumnSql('duration', 'breakdown')).toEqual({
      sql: 'e.duration',
      numeric: true,
      needsProfileJoin: false,
    });
  });

  it('reads flattened property keys, quotes included; a missing key is ""', async () => {
    expect(await breakdown('properties.cart.total')).toEqual(['42', '']);
    expect(await breakdown("properties.it's")).toEqual(['quoted', '']);
  });

  it('has_profile gives "true"/"false"; profile columns join profiles', async () => {
    expect(await breakdown('has_profile')).toEqual(['true', 'false']);
    expect(await breakdown('profile.email')).toEqual(['ada@example.com', '']);
    expect(await breakdown('profile.created_at')).toEqual([
      '2024-01-02 03:04:05',
      '1970-01-01 00:00:00',
    ]);
  });

  it('ignores profile columns as filters, and unknown names everywhere', () => {
    expect(eventColumnSql('profile.email', 'filter')).toBeUndefined();
    expect(eventColumnSql('temple_name', 'breakdown')).toBeUndefined();
    expect(eventColumnSql('profile.avatar', 'breakdown')).toBeUndefined();
  });

  it('groups and cohorts have no tables: "" and the not-in-cohort labels', async () => {
    expect(await breakdown('group.name')).toEqual(['', '']);
    expect(await breakdown('cohort:abc')).toEqual(['Not In Cohort', 'Not In Cohort']);
  });
});

describe('wildcardKeyPattern', () => {
  it('rewrites the first .*. and [*] forms like upstream', () => {
    expect(wildcardKeyPattern('properties.items.*.sku')).toBe('items.%.sku');
    expect(wildcardKeyPattern('properties.items[*]')).toBe('items.%');
    expect(wildcardKeyPattern('properties.items[*].sku')).toBe('items.%.sku');
    expect(wildcardKeyPattern('properties.items.*')).toBe('items.*');
  });
});
