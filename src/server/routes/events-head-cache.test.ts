import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureEvent } from '../../emulator/testing/test-emulator.ts';
import { createTestBff, type TestBff } from '../testing/test-bff.ts';

let bff: TestBff | undefined;
afterEach(() => {
  bff?.close();
  bff = undefined;
});

// The BFF's virtual clock and the emulator both start at 2026-08-22T12:00:00Z.
const EVENTS: FixtureEvent[] = [
  { name: 'screen_view', created_at: new Date('2026-08-22T11:00:00.000Z'), path: '/a' },
  { name: 'screen_view', created_at: new Date('2026-08-22T11:10:00.000Z'), path: '/b' },
];
const ARRIVAL = { name: 'signup', created_at: '2026-08-22T11:20:00.000Z', path: '/new' };

/** An event arriving upstream the real way (§13): the read client imports into project `demo`. */
async function arrive(b: TestBff) {
  const res = await b.emu.request('/import/events', {
    method: 'POST',
    headers: { ...b.emu.as('read'), 'content-type': 'application/json' },
    body: JSON.stringify([ARRIVAL]),
  });
  expect(res.status).toBe(200);
}
async function paths(search: string): Promise<string[]> {
  const res = await bff!.request(`/api/projects/demo/events?${search}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: { path: string }[] }).data.map((e) => e.path);
}
const upstreamPages = () =>
  bff!.calls
    .map((c) => new URL(c.url))
    .filter((u) => u.pathname === '/export/events')
    .map((u) => `${u.searchParams.get('end')} p${u.searchParams.get('page')}`);

describe('GET /api/projects/:projectId/events: the head of the stream is cached 5 s', () => {
  it('refetches page 1 after 5 s while page 2 is still served from cache until 30 s', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const PAGE_1 = 'start=2026-08-01&end=2026-08-22&limit=1';
    const PAGE_2 = `${PAGE_1}&page=2`;
    expect(await paths(PAGE_1)).toEqual(['/b']);
    expect(await paths(PAGE_2)).toEqual(['/a']);
    await arrive(bff);

    bff.clock.advance(4_999);
    expect(await paths(PAGE_1)).toEqual(['/b']);
    expect(upstreamPages()).toEqual(['2026-08-22 p1', '2026-08-22 p2']);

    bff.clock.advance(1);
    expect(await paths(PAGE_1)).toEqual(['/new']);
    // Page 2 now holds /b, but its cached copy (normal CACHE_TTL_MS, 30 s) still answers.
    expect(await paths(PAGE_2)).toEqual(['/a']);
    expect(upstreamPages()).toEqual(['2026-08-22 p1', '2026-08-22 p2', '2026-08-22 p1']);

    bff.clock.advance(24_999);
    expect(await paths(PAGE_2)).toEqual(['/a']);
    bff.clock.advance(1);
    expect(await paths(PAGE_2)).toEqual(['/b']);
    expect(upstreamPages()).toHaveLength(4);
  });

  it('keeps the normal 30 s for page 1 of a window that has ended', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    // Ended yesterday: nothing can arrive on it.
    const PAST = 'start=2026-08-01&end=2026-08-21&limit=1';
    await paths(PAST);
    bff.clock.advance(29_999);
    await paths(PAST);
    expect(upstreamPages()).toEqual(['2026-08-21 p1']);
    bff.clock.advance(1);
    await paths(PAST);
    expect(upstreamPages()).toEqual(['2026-08-21 p1', '2026-08-21 p1']);
  });

  it('answers a non-zero count only once every older cached head page has expired', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const HEAD = 'start=2026-08-01&end=2026-08-22';
    const newCount = async (since: string) => {
      const search = `since=${encodeURIComponent(since)}`;
      const res = await bff!.request(`/api/projects/demo/events/new-count?${search}`);
      return res.json();
    };
    const t0 = bff.clock.now();
    expect(await paths(HEAD)).toEqual(['/b', '/a']); // cached until t0 + 5 s, before the arrival

    bff.clock.advance(1_000);
    await arrive(bff);
    bff.clock.advance(1_000);
    // Taken at t0 + 2 s, while that page is still cached: held until it has expired.
    expect(await newCount('2026-08-22T11:10:00.000Z')).toEqual({
      count: 1,
      newest: '2026-08-22T11:20:00.000Z',
    });
    expect(bff.clock.now()).toBe(t0 + 7_000);
    // Show: a plain refetch of page 1 has the announced event.
    expect(await paths(HEAD)).toEqual(['/new', '/b', '/a']);

    // Nothing newer than /new: no bar, no hold.
    expect(await newCount('2026-08-22T11:20:00.000Z')).toEqual({ count: 0, newest: null });
    expect(bff.clock.now()).toBe(t0 + 7_000);
  });
});
