import { describe, expect, it } from 'vitest';
import { openEmulatorDb } from './emulator-db.ts';
import { insertEvents, storedEvent, type StoredEvent } from './event-writer.ts';

const READ = `SELECT id, name, path, referrer_name, duration, properties::VARCHAR AS properties, created_at,
  longitude, latitude, imported_at, revenue, groups, city FROM events ORDER BY id`;

function rows(count: number): StoredEvent[] {
  return Array.from({ length: count }, (_, i) =>
    storedEvent({
      id: `id-${String(i).padStart(6, '0')}`,
      name: 'screen_view',
      project_id: 'demo',
      created_at: new Date(Date.UTC(2026, 7, 22, 12, 0, 0, i % 1000)),
    }),
  );
}

describe('insertEvents', () => {
  it('stores awkward values identically through the bulk (CSV) path and the appender path', async () => {
    const awkward: Partial<StoredEvent>[] = [
      { path: '/a,b"c', referrer_name: 'tab\there', properties: { 'a.b': 'x"y', q: '1,2' } },
      { path: 'line\nbreak', city: '\\N', properties: {} },
      { path: '\u001fsep\u001e', longitude: 18.5, latitude: -33.25, revenue: 1234, duration: 99 },
      { imported_at: new Date('2026-08-01T00:00:00.123Z'), groups: ['g1', 'g "2"'] },
      { city: '', path: 'ünïcödé ✓', properties: { emoji: '🚀' } },
    ];
    const bulk = rows(6_000);
    awkward.forEach((extra, i) => Object.assign(bulk[i * 1000]!, extra));
    const small = awkward.map((extra, i) => ({ ...bulk[i * 1000]!, ...extra }));

    const viaBulk = await openEmulatorDb(':memory:');
    const viaAppender = await openEmulatorDb(':memory:');
    try {
      expect(await insertEvents(viaBulk, bulk)).toBe(6_000);
      expect(await insertEvents(viaAppender, small)).toBe(5);
      const fromBulk = await viaBulk.all(
        `${READ.replace('ORDER BY id', "WHERE id IN ('id-000000', 'id-001000', 'id-002000', 'id-003000', 'id-004000') ORDER BY id")}`,
      );
      const fromAppender = await viaAppender.all(READ);
      expect(fromBulk).toEqual(fromAppender);
      expect(fromBulk[0]).toMatchObject({
        path: '/a,b"c',
        referrer_name: 'tab\there',
        properties: '{"a.b":"x\\"y","q":"1,2"}',
        created_at: new Date('2026-08-22T12:00:00.000Z'),
        longitude: null,
        imported_at: null,
        groups: [],
      });
      expect(fromBulk[1]).toMatchObject({ path: 'line\nbreak', city: '\\N' });
      expect(fromBulk[2]).toMatchObject({
        path: '\u001fsep\u001e',
        longitude: 18.5,
        latitude: -33.25,
        revenue: 1234n,
        duration: 99n,
      });
      expect(fromBulk[3]).toMatchObject({
        imported_at: new Date('2026-08-01T00:00:00.123Z'),
        groups: ['g1', 'g "2"'],
      });
      expect(fromBulk[4]).toMatchObject({
        city: '',
        path: 'ünïcödé ✓',
        properties: '{"emoji":"🚀"}',
      });
      const [count] = await viaBulk.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM events');
      expect(count!.n).toBe(6_000);
    } finally {
      viaBulk.close();
      viaAppender.close();
    }
  });
});
