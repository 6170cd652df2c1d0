import { describe, expect, it } from 'vitest';
import { openEmulatorDb } from './emulator-db.ts';
import { upsertProfiles, type ProfileUpsert } from './profile-writer.ts';

const anonymous = (at: string, properties: Record<string, string>): ProfileUpsert => ({
  id: 'dev-1',
  projectId: 'demo',
  member: null,
  isExternal: false,
  properties,
  firstSeen: new Date(at),
  lastSeen: new Date(new Date(at).getTime() + 60_000),
});

describe('upsertProfiles', () => {
  it('keeps the first created_at and the latest last_seen_at, merges properties, never blanks a name', async () => {
    const db = await openEmulatorDb(':memory:');
    try {
      await upsertProfiles(db, [
        anonymous('2026-08-10T10:00:00.000Z', { country: 'SE', path: '/' }),
        {
          id: 'user_1',
          projectId: 'demo',
          member: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
          isExternal: true,
          properties: {},
          firstSeen: new Date('2026-08-11T08:00:00.000Z'),
          lastSeen: new Date('2026-08-11T08:05:00.000Z'),
        },
      ]);
      // A later batch: the same device twice (folded in JS) and the member without a name.
      expect(
        await upsertProfiles(db, [
          anonymous('2026-08-12T10:00:00.000Z', { path: '/pricing' }),
          anonymous('2026-08-09T10:00:00.000Z', { city: 'Stockholm' }),
          {
            id: 'user_1',
            projectId: 'demo',
            member: null,
            isExternal: true,
            properties: { plan: 'pro' },
            firstSeen: new Date('2026-08-20T08:00:00.000Z'),
            lastSeen: new Date('2026-08-20T09:00:00.000Z'),
          },
        ]),
      ).toBe(2);
      const rows = await db.all(
        `SELECT id, first_name, last_name, email, is_external, properties::VARCHAR AS properties,
           created_at, last_seen_at FROM profiles ORDER BY id`,
      );
      expect(rows).toEqual([
        {
          id: 'dev-1',
          first_name: '',
          last_name: '',
          email: '',
          is_external: false,
          properties: '{"country":"SE","path":"/pricing","city":"Stockholm"}',
          created_at: new Date('2026-08-09T10:00:00.000Z'),
          last_seen_at: new Date('2026-08-12T10:01:00.000Z'),
        },
        {
          id: 'user_1',
          first_name: 'Ada',
          last_name: 'Lovelace',
          email: 'ada@example.com',
          is_external: true,
          properties: '{"plan":"pro"}',
          created_at: new Date('2026-08-11T08:00:00.000Z'),
          last_seen_at: new Date('2026-08-20T09:00:00.000Z'),
        },
      ]);
    } finally {
      db.close();
    }
  });
});
