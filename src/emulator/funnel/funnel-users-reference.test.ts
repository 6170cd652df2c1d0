import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunnelGroupBy } from '../../contract/openpanel-funnel.ts';
import { openEmulatorDb, type EmulatorDb } from '../store/emulator-db.ts';
import { insertEvents, storedEvent, type StoredEvent } from '../store/event-writer.ts';
import type { FunnelUsersInput } from './funnel-step-scan.ts';
import { countFunnelUsers } from './funnel-users.ts';
import { countFunnelUsersReference } from './funnel-users-reference.ts';

const MIN = 60_000;
const BASE = Date.parse('2026-08-20T00:00:00.000Z');
const NAMES = ['A', 'B', 'C', 'D'] as const;

/**
 * 60 hand-structured sessions of 2–9 events (≈ 330 events), built by fixed arithmetic so that together they
 * hit every rule of §7.2: names cycle through A–D with an offset per session (so chains start, stall and
 * restart, and steps appear out of order); gaps between events are 0 ms (same-millisecond ties), 1 ms,
 * minutes or whole hours (so 1 h, 2 h and 24 h windows cut different chains); every 7th session is
 * server-side (empty session id: one shared group); profiles are shared by several sessions; a few events
 * sit just outside the date bounds.
 */
function structuredEvents(): StoredEvent[] {
  const rows: StoredEvent[] = [];
  for (let s = 0; s < 60; s++) {
    const length = 2 + (s % 8);
    let at = BASE + s * 37 * MIN;
    for (let j = 0; j < length; j++) {
      const gapKind = (s * 3 + j * 5) % 6;
      const gap = [0, 1, 7 * MIN, 45 * MIN, 3 * 60 * MIN, 26 * 60 * MIN][gapKind]!;
      if (j > 0) at += gap;
      const name = NAMES[(s + j + ((s * j) >> 2)) % 4]!;
      rows.push(
        storedEvent({
          id: `e${s}-${j}`,
          name,
          project_id: 'structured',
          session_id: s % 7 === 0 ? '' : `s${s}`,
          profile_id: s % 11 === 0 ? '' : `p${s % 9}`,
          created_at: new Date(at),
        }),
      );
    }
  }
  return rows;
}

const CONFIGS: { steps: string[]; windowHours: number }[] = [
  { steps: ['A', 'B'], windowHours: 24 },
  { steps: ['A', 'B', 'C'], windowHours: 1 },
  { steps: ['A', 'B', 'C', 'D'], windowHours: 2 },
  { steps: ['A', 'B', 'C', 'D'], windowHours: 24 },
  { steps: ['B', 'D', 'A', 'C'], windowHours: 24 },
  { steps: ['A', 'B', 'A', 'B'], windowHours: 24 },
  { steps: ['C', 'C', 'C'], windowHours: 4 },
  { steps: ['D', 'A', 'B', 'C', 'D', 'A', 'B', 'C', 'D', 'A'], windowHours: 720 },
];

describe('countFunnelUsers against the JS reference (windowFunnelLevel) on structured data', () => {
  let db: EmulatorDb;
  beforeAll(async () => {
    db = await openEmulatorDb(':memory:');
    await insertEvents(db, structuredEvents());
  });
  afterAll(() => db.close());

  const input = (
    steps: string[],
    windowHours: number,
    groupBy: FunnelGroupBy,
  ): FunnelUsersInput => ({
    projectId: 'structured',
    // The last sessions run past BASE + 2 days, so the end bound hides some of their events.
    startUtc: new Date(BASE + 5 * MIN),
    endUtc: new Date(BASE + 48 * 60 * MIN),
    steps: steps.map((name) => ({ name })),
    windowHours,
    groupBy,
  });

  it('builds a non-trivial fixture', async () => {
    const [row] = await db.all<{ n: number; g: number }>(
      "SELECT count(*)::INTEGER AS n, count(DISTINCT session_id)::INTEGER AS g FROM events WHERE project_id = 'structured'",
    );
    // Σ (2 + s mod 8) over s = 0…59: 7 full cycles of 2…9 (= 44 each) plus 2, 3, 4, 5 = 322 events;
    // 60 sessions minus the 9 server-side ones (s = 0, 7, …, 56) plus their one shared empty id = 52.
    expect(row).toEqual({ n: 322, g: 52 });
  });

  for (const groupBy of ['session_id', 'profile_id'] as const) {
    for (const { steps, windowHours } of CONFIGS) {
      it(`agrees for ${steps.join('→')} within ${windowHours} h by ${groupBy}`, async () => {
        const expected = await countFunnelUsersReference(db, input(steps, windowHours, groupBy));
        const actual = await countFunnelUsers(db, input(steps, windowHours, groupBy));
        expect(actual).toEqual(expected);
      });
    }
  }

  it('exercises partial funnels (some groups stop at every level)', async () => {
    // Guards the comparison above against a fixture where every group trivially converts or none does.
    const users = await countFunnelUsers(db, input(['A', 'B', 'C', 'D'], 24, 'session_id'));
    expect(users[0]).toBeGreaterThan(users[1]!);
    expect(users[1]).toBeGreaterThan(users[2]!);
    expect(users[2]).toBeGreaterThan(users[3]!);
    expect(users[3]).toBeGreaterThan(0);
  });
});
