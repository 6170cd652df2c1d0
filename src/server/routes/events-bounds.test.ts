import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureEvent } from '../../emulator/testing/test-emulator.ts';
import { createTestBff, type TestBff } from '../testing/test-bff.ts';

let bff: TestBff | undefined;
afterEach(() => {
  bff?.close();
  bff = undefined;
});

const at = (iso: string) => new Date(iso);
/** Hand-built around 11:00:00.000Z to pin the bounds to the millisecond. */
const EVENTS: FixtureEvent[] = [
  { name: 'screen_view', created_at: at('2026-08-21T23:00:00.000Z'), path: '/a' },
  { name: 'screen_view', created_at: at('2026-08-22T10:59:59.999Z'), path: '/b' },
  { name: 'screen_view', created_at: at('2026-08-22T11:00:00.000Z'), path: '/c' },
  { name: 'signup', created_at: at('2026-08-22T11:00:00.001Z'), path: '/d' },
  { name: 'screen_view', created_at: at('2026-08-22T11:30:00.000Z'), path: '/x' },
  { name: '404', created_at: at('2026-08-22T11:40:00.000Z'), path: '/f' },
];

interface Page {
  meta: { count: number; totalCount: number; pages: number; current: number };
  data: { name: string; path: string }[];
}
async function page(path: string): Promise<Page> {
  const res = await bff!.request(path);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}
const lastUpstream = () => new URL(bff!.calls.at(-1)?.url ?? '').searchParams;
const q = encodeURIComponent;

describe('GET /api/projects/:projectId/events: several names (§4.1)', () => {
  it('accepts a repeated event key and sends one JSON array upstream', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const body = await page('/api/projects/demo/events?event=signup&event=404');
    expect(body.data.map((e) => e.path)).toEqual(['/f', '/d']);
    expect(body.meta).toEqual({ count: 2, totalCount: 2, pages: 1, current: 1 });
    expect(lastUpstream().getAll('event')).toEqual(['["signup","404"]']);
  });

  it('accepts a JSON array, and still one plain name', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const both = await page(`/api/projects/demo/events?event=${q('["404","signup"]')}`);
    expect(both.data.map((e) => e.path)).toEqual(['/f', '/d']);
    const one = await page('/api/projects/demo/events?event=404');
    expect(one.data.map((e) => e.name)).toEqual(['404']);
  });

  it('still rejects other repeated keys', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const res = await bff.request('/api/projects/demo/events?limit=1&limit=2');
    expect(res.status).toBe(400);
  });
});

describe('GET /api/projects/:projectId/events: exact after/before instants', () => {
  it('keeps only events inside [after, before], both inclusive, with the upstream counting them', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const after = q('2026-08-22T11:00:00.001Z');
    // 13:30 at +02:00 is 11:30:00.000Z.
    const before = q('2026-08-22T13:30:00+02:00');
    const body = await page(`/api/projects/demo/events?after=${after}&before=${before}`);
    expect(body.data.map((e) => e.path)).toEqual(['/x', '/d']);
    expect(body.meta).toEqual({ count: 2, totalCount: 2, pages: 1, current: 1 });
    const sent = lastUpstream();
    expect(sent.get('start')).toBe('2026-08-22');
    expect(sent.get('end')).toBe('2026-08-22');
    expect(JSON.parse(sent.get('filters') ?? '')).toEqual([
      { name: 'created_at', operator: 'gte', value: ['2026-08-22 11:00:00.001'] },
      { name: 'created_at', operator: 'lte', value: ['2026-08-22 11:30:00.000'] },
    ]);
  });

  it('pages correctly inside the bounds (the bound is applied before paging)', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const bounds = `after=${q('2026-08-22T11:00:00.001Z')}&before=${q('2026-08-22T11:30:00.000Z')}`;
    const second = await page(`/api/projects/demo/events?${bounds}&limit=1&page=2`);
    expect(second.data.map((e) => e.path)).toEqual(['/d']);
    expect(second.meta).toEqual({ count: 1, totalCount: 2, pages: 2, current: 2 });
  });

  it('fixes an end to the millisecond, across the UTC day boundary', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const upTo = await page(`/api/projects/demo/events?before=${q('2026-08-22T11:00:00.000Z')}`);
    expect(upTo.data.map((e) => e.path)).toEqual(['/c', '/b', '/a']);
    expect(upTo.meta.totalCount).toBe(3);
    // Combined with the table's filters and names.
    const filtered = await page(
      `/api/projects/demo/events?event=screen_view&before=${q('2026-08-22T11:59:00Z')}&filters=${q(
        JSON.stringify([{ name: 'path', operator: 'isNot', value: ['/a'] }]),
      )}`,
    );
    expect(filtered.data.map((e) => e.path)).toEqual(['/x', '/c', '/b']);
  });

  it('rejects a bound without an offset before any upstream call', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const res = await bff.request('/api/projects/demo/events?before=2026-08-22T11:00:00');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { details: Record<string, string[]> } };
    expect(Object.keys(body.error.details)).toEqual(['before']);
    expect(bff.calls).toEqual([]);
  });
});
