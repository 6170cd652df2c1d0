import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureEvent } from '../../emulator/testing/test-emulator.ts';
import { createTestBff, type TestBff } from '../testing/test-bff.ts';

let bff: TestBff | undefined;
afterEach(() => {
  bff?.close();
  bff = undefined;
});

const at = (iso: string) => new Date(iso);
const q = encodeURIComponent;
const pathsOf = (b: TestBff, part: string) =>
  b.calls.map((c) => new URL(c.url).pathname).filter((p) => p.includes(part));

// The emulator's clock is 2026-08-22T12:00:00Z: "live" is created_at >= 11:55:00 (§9.5).
const LIVE_EVENTS: FixtureEvent[] = [
  {
    name: 'screen_view',
    created_at: at('2026-08-22T11:56:00Z'),
    profile_id: 'u1',
    device_id: 'd1',
  },
  { name: 'click', created_at: at('2026-08-22T11:58:00Z'), profile_id: 'u1', device_id: 'd1' },
  // Anonymous: the profile id is the device id, and it counts.
  {
    name: 'screen_view',
    created_at: at('2026-08-22T11:59:00Z'),
    profile_id: 'd2',
    device_id: 'd2',
  },
  // An empty profile id never counts.
  { name: 'server_ping', created_at: at('2026-08-22T11:57:00Z'), profile_id: '', device_id: '' },
  // Too old.
  {
    name: 'screen_view',
    created_at: at('2026-08-22T11:50:00Z'),
    profile_id: 'u3',
    device_id: 'd3',
  },
  // Another project.
  {
    name: 'screen_view',
    created_at: at('2026-08-22T11:59:00Z'),
    profile_id: 'u4',
    device_id: 'd4',
    project_id: 'blog',
  },
];

describe('GET /api/projects/:projectId/live (§9.5)', () => {
  it('answers the distinct visitors of the last 5 minutes', async () => {
    bff = await createTestBff({ emulator: { events: LIVE_EVENTS } });
    const res = await bff.request('/api/projects/demo/live');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ visitors: 2 });
    expect(pathsOf(bff, '/live')).toEqual(['/insights/demo/live']);
  });

  it('shares one upstream call among concurrent and repeated polls for 10 s', async () => {
    bff = await createTestBff({ emulator: { events: LIVE_EVENTS } });
    await bff.request('/api/projects'); // the project list is warm
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => bff!.request('/api/projects/demo/live')),
    );
    for (const res of answers) expect(await res.json()).toEqual({ visitors: 2 });
    expect(pathsOf(bff, '/live')).toHaveLength(1);
    bff.clock.advance(9_999);
    await bff.request('/api/projects/demo/live');
    expect(pathsOf(bff, '/live')).toHaveLength(1);
    bff.clock.advance(1);
    await bff.request('/api/projects/demo/live');
    expect(pathsOf(bff, '/live')).toHaveLength(2);
  });

  it('rejects any query parameter and an unknown project before calling /live', async () => {
    bff = await createTestBff({ emulator: { events: LIVE_EVENTS } });
    expect((await bff.request('/api/projects/demo/live?poll=1')).status).toBe(400);
    expect((await bff.request('/api/projects/nope/live')).status).toBe(404);
    expect(pathsOf(bff, '/live')).toEqual([]);
  });
});

// Around a fixed `since` of 11:00:00.000Z; the emulator's and the BFF's clocks are at 12:00:00Z.
const SINCE = '2026-08-22T11:00:00.000Z';
const TABLE_EVENTS: FixtureEvent[] = [
  { name: 'screen_view', created_at: at('2026-08-21T23:00:00.000Z'), path: '/a' },
  { name: 'screen_view', created_at: at('2026-08-22T10:59:59.999Z'), path: '/b' },
  { name: 'screen_view', created_at: at('2026-08-22T11:00:00.000Z'), path: '/c' },
  { name: 'signup', created_at: at('2026-08-22T11:00:00.001Z'), path: '/d' },
  { name: 'screen_view', created_at: at('2026-08-22T11:30:00.000Z'), path: '/x' },
];

/** Loads events the real way (§13): the read client imports into its own project, `demo`. */
async function importEvents(
  b: TestBff,
  rows: { name: string; created_at: string; path: string }[],
) {
  const res = await b.emu.request('/import/events', {
    method: 'POST',
    headers: { ...b.emu.as('read'), 'content-type': 'application/json' },
    body: JSON.stringify(rows),
  });
  expect(res.status).toBe(200);
}

describe('GET /api/projects/:projectId/events/new-count', () => {
  const newCount = async (search: string) => {
    const res = await bff!.request(`/api/projects/demo/events/new-count?${search}`);
    expect(res.status).toBe(200);
    return res.json();
  };

  it('counts events strictly after since and names the newest', async () => {
    bff = await createTestBff({ emulator: { events: TABLE_EVENTS } });
    // /d (11:00:00.001) and /x; not /c at exactly `since`, nor /b and /a before it.
    expect(await newCount(`since=${q(SINCE)}`)).toEqual({
      count: 2,
      newest: '2026-08-22T11:30:00.000Z',
    });
    const sent = new URL(bff.calls.at(-1)?.url ?? '').searchParams;
    expect([sent.get('start'), sent.get('end'), sent.get('page'), sent.get('limit')]).toEqual([
      '2026-08-22',
      '2026-08-23',
      '1',
      '1',
    ]);
  });

  it('applies the table names and filters', async () => {
    bff = await createTestBff({ emulator: { events: TABLE_EVENTS } });
    expect(await newCount(`since=${q(SINCE)}&event=screen_view`)).toEqual({
      count: 1,
      newest: '2026-08-22T11:30:00.000Z',
    });
    expect(await newCount(`since=${q(SINCE)}&event=signup&event=screen_view`)).toEqual({
      count: 2,
      newest: '2026-08-22T11:30:00.000Z',
    });
    const notX = q(JSON.stringify([{ name: 'path', operator: 'isNot', value: ['/x'] }]));
    expect(await newCount(`since=${q(SINCE)}&filters=${notX}`)).toEqual({
      count: 1,
      newest: '2026-08-22T11:00:00.001Z',
    });
    expect(await newCount(`since=${q('2026-08-22T11:30:00Z')}`)).toEqual({
      count: 0,
      newest: null,
    });
  });

  it('sees imported events once its 5 s cache window has passed', async () => {
    bff = await createTestBff({ emulator: { events: TABLE_EVENTS } });
    // After /x (11:30) nothing is newer: a count of zero goes out at once.
    const search = `since=${q('2026-08-22T11:30:00.000Z')}`;
    const t0 = bff.clock.now();
    expect(await newCount(search)).toEqual({ count: 0, newest: null });
    await importEvents(bff, [
      { name: 'screen_view', created_at: '2026-08-22T11:45:00.000Z', path: '/new' },
      { name: 'screen_view', created_at: '2026-08-22T10:00:00.000Z', path: '/late-old' },
    ]);
    // Polls inside the window share the cached answer (concurrent ones one upstream call).
    bff.clock.advance(4_999);
    const polls = await Promise.all([newCount(search), newCount(search), newCount(search)]);
    expect(polls).toEqual(Array(3).fill({ count: 0, newest: null }));
    expect(pathsOf(bff, '/export/events')).toHaveLength(1);
    bff.clock.advance(1);
    const seen = await Promise.all([newCount(search), newCount(search)]);
    expect(seen).toEqual(Array(2).fill({ count: 1, newest: '2026-08-22T11:45:00.000Z' }));
    expect(pathsOf(bff, '/export/events')).toHaveLength(2);
    // A non-zero count is held back one head-page lifetime (5 s), so Show finds fresh rows.
    expect(bff.clock.now()).toBe(t0 + 10_000);
  });

  it('requires since as an instant with an offset', async () => {
    bff = await createTestBff({ emulator: { events: TABLE_EVENTS } });
    for (const search of ['', 'since=2026-08-22', `since=${q(SINCE)}&page=2`]) {
      const res = await bff.request(`/api/projects/demo/events/new-count?${search}`);
      expect(res.status).toBe(400);
    }
    expect(bff.calls).toEqual([]);
  });
});
