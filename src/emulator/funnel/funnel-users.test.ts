import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunnelGroupBy } from '../../contract/openpanel-funnel.ts';
import { openEmulatorDb, type EmulatorDb } from '../store/emulator-db.ts';
import { insertEvents, storedEvent } from '../store/event-writer.ts';
import { countFunnelUsers } from './funnel-users.ts';

const H = 3_600_000;
const BASE = Date.parse('2026-08-20T00:00:00.000Z');

/** [name, ms after BASE, session_id, profile_id]; each case gets its own project. */
type Row = [name: string, at: number, session?: string, profile?: string];

const CASES: Record<string, Row[]> = {
  chain: [
    ['A', 0, 's1'],
    ['B', 1, 's1'],
    ['C', 2, 's1'],
  ],
  sameMs: [
    ['A', 5, 's1'],
    ['B', 5, 's1'],
  ],
  noStart: [
    ['B', 0, 's1'],
    ['C', 1, 's1'],
  ],
  outOfOrder: [
    ['A', 0, 's1'],
    ['C', 1, 's1'],
    ['B', 2, 's1'],
  ],
  windowEdge: [
    ['A', 0, 's1'],
    ['B', 24 * H, 's1'],
    ['A', 0, 's2'],
    ['B', 24 * H + 1, 's2'],
  ],
  fromStepOne: [
    ['A', 0, 's1'],
    ['B', 20 * H, 's1'],
    ['C', 25 * H, 's1'],
  ],
  laterStart: [
    ['A', 0, 's1'],
    ['A', 10 * H, 's1'],
    ['B', 30 * H, 's1'],
  ],
  // From A@0 the chain A→B@5h cannot reach C@27h (> 24 h); from A@4h it can (27 ≤ 28).
  laterStartSameStep2: [
    ['A', 0, 's1'],
    ['A', 4 * H, 's1'],
    ['B', 5 * H, 's1'],
    ['C', 27 * H, 's1'],
  ],
  tieAtEnd: [
    ['A', 0, 's1'],
    ['B', 1, 's1'],
    ['A', 2, 's1'],
    ['B', 3, 's1'],
    ['C', 3, 's1'],
  ],
  repeatedOnce: [['A', 0, 's1']],
  repeatedTwice: [
    ['A', 0, 's1'],
    ['A', 1, 's1'],
  ],
  // Server-side events (empty session id) from two profiles form ONE session group.
  emptySession: [
    ['A', 0, '', 'p1'],
    ['B', 1, '', 'p2'],
    ['A', 0, 's1', 'p2'],
  ],
  // Profile p1 chains across two sessions; p2 has no step 1.
  profiles: [
    ['A', 0, 's1', 'p1'],
    ['B', H, 's2', 'p1'],
    ['C', 2 * H, 's3', 'p1'],
    ['B', 0, 's4', 'p2'],
    ['C', H, 's4', 'p2'],
  ],
  // Only events inside the inclusive [BASE − 1 day, BASE + 3 days] bounds are visible.
  bounds: [
    ['A', -24 * H - 1, 's1'],
    ['B', -24 * H + 1, 's1'],
    ['A', -24 * H, 's2'],
    ['B', -24 * H, 's3'],
    ['A', 72 * H - 1, 's3'],
    ['B', 72 * H, 's3'],
    ['C', 72 * H + 1, 's3'],
  ],
};

describe('countFunnelUsers (shared/openpanel-api.md §7.2, windowFunnel strict_increase)', () => {
  let db: EmulatorDb;
  beforeAll(async () => {
    db = await openEmulatorDb(':memory:');
    let n = 0;
    await insertEvents(
      db,
      Object.entries(CASES).flatMap(([project, rows]) =>
        rows.map(([name, at, session = '', profile = '']) =>
          storedEvent({
            id: `e${++n}`,
            name,
            project_id: project,
            session_id: session,
            profile_id: profile,
            created_at: new Date(BASE + at),
          }),
        ),
      ),
    );
  });
  afterAll(() => db.close());

  const count = (
    project: string,
    steps: string[],
    options: { windowHours?: number; groupBy?: FunnelGroupBy } = {},
  ) =>
    countFunnelUsers(db, {
      projectId: project,
      startUtc: new Date(BASE - 24 * H),
      endUtc: new Date(BASE + 72 * H),
      steps: steps.map((name) => ({ name })),
      windowHours: options.windowHours ?? 24,
      groupBy: options.groupBy ?? 'session_id',
    });

  it('chains steps in strictly increasing time', async () => {
    expect(await count('chain', ['A', 'B', 'C'])).toEqual([1, 1, 1]);
  });

  it('does not connect two steps in the same millisecond', async () => {
    expect(await count('sameMs', ['A', 'B'])).toEqual([1, 0]);
  });

  it('needs a step-1 event to start', async () => {
    expect(await count('noStart', ['A', 'B', 'C'])).toEqual([0, 0, 0]);
  });

  it('ignores steps that happen before the previous one', async () => {
    expect(await count('outOfOrder', ['A', 'B', 'C'])).toEqual([1, 1, 0]);
  });

  it('counts a step exactly windowHours after step 1, not 1 ms later', async () => {
    expect(await count('windowEdge', ['A', 'B'])).toEqual([2, 1]);
    expect(await count('windowEdge', ['A', 'B'], { windowHours: 25 })).toEqual([2, 2]);
  });

  it('measures the window from step 1, not from the previous step', async () => {
    expect(await count('fromStepOne', ['A', 'B', 'C'])).toEqual([1, 1, 0]);
    expect(await count('fromStepOne', ['A', 'B', 'C'], { windowHours: 25 })).toEqual([1, 1, 1]);
  });

  it('takes the best chain over all step-1 events', async () => {
    expect(await count('laterStart', ['A', 'B'])).toEqual([1, 1]);
    expect(await count('laterStartSameStep2', ['A', 'B', 'C'])).toEqual([1, 1, 1]);
    expect(await count('laterStartSameStep2', ['A', 'B', 'C'], { windowHours: 22 })).toEqual([
      1, 1, 0,
    ]);
  });

  it('keeps an earlier chain when a later one cannot use a same-millisecond event', async () => {
    expect(await count('tieAtEnd', ['A', 'B', 'C'])).toEqual([1, 1, 1]);
  });

  it('lets one event serve as only one step when two steps share a name', async () => {
    expect(await count('repeatedOnce', ['A', 'A'])).toEqual([1, 0]);
    expect(await count('repeatedTwice', ['A', 'A'])).toEqual([1, 1]);
    expect(await count('repeatedTwice', ['A', 'A', 'A'])).toEqual([1, 1, 0]);
  });

  it('puts every empty session id in one group', async () => {
    expect(await count('emptySession', ['A', 'B'])).toEqual([2, 1]);
    // By profile: p1 has A only; p2 has A@0 and B@1 → [2, 1] as well, but from other events.
    expect(await count('emptySession', ['A', 'B'], { groupBy: 'profile_id' })).toEqual([2, 1]);
  });

  it('groups by profile across sessions', async () => {
    expect(await count('profiles', ['A', 'B', 'C'])).toEqual([1, 0, 0]);
    expect(await count('profiles', ['A', 'B', 'C'], { groupBy: 'profile_id' })).toEqual([1, 1, 1]);
  });

  it('sees only events between the inclusive bounds', async () => {
    // s1: its A is 1 ms before the start → 0; s2: A exactly at the start → 1;
    // s3: B at the start (no A before it), A 1 ms before the end, B exactly at the end → 2, C after → 2.
    expect(await count('bounds', ['A', 'B', 'C'])).toEqual([2, 1, 0]);
  });

  it('answers zeros for a project without events', async () => {
    expect(await count('nothing', ['A', 'B'])).toEqual([0, 0]);
  });
});
