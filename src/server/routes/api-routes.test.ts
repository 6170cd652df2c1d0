import { afterEach, describe, expect, it } from 'vitest';
import { createTestBff, TEST_ORIGIN, type TestBff } from '../testing/test-bff.ts';

const EVENTS = [
  {
    name: 'screen_view',
    created_at: new Date('2026-08-21T10:00:00.000Z'),
    session_id: 's1',
    profile_id: 'p1',
    device_id: 'p1',
  },
  {
    name: 'screen_view',
    created_at: new Date('2026-08-22T09:00:00.000Z'),
    session_id: 's2',
    profile_id: 'p2',
    device_id: 'p2',
  },
  {
    name: 'signup',
    created_at: new Date('2026-08-22T09:05:00.000Z'),
    session_id: 's2',
    profile_id: 'p2',
    device_id: 'p2',
  },
];

let bff: TestBff;
afterEach(async () => bff?.close());

async function editorHeaders(b: TestBff) {
  const res = await b.request('/api/session');
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    cookie,
    'x-csrf-token': csrfToken,
    origin: TEST_ORIGIN,
    'content-type': 'application/json',
  };
}

describe('the /api surface against the emulator', () => {
  it('lists the demo projects through /manage/projects', async () => {
    bff = await createTestBff();
    const res = await bff.request('/api/projects');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { projects: { id: string; name: string }[] };
    expect(body.projects.map((p) => p.id).sort()).toEqual(['blog', 'demo']);
  });

  it('answers a chart for a seed range name (last_7_days → 7d, 8 daily points)', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const series = encodeURIComponent(JSON.stringify([{ name: 'screen_view' }]));
    const res = await bff.request(`/api/projects/demo/chart?series=${series}&range=last_7_days`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      series: { data: { date: string; count: number }[]; metrics: { sum: number } }[];
    };
    expect(body.series).toHaveLength(1);
    expect(body.series[0]?.metrics.sum).toBe(2);
    expect(body.series[0]?.data).toHaveLength(8);
    const upstreamUrl = new URL(bff.calls.find((c) => c.url.includes('/export/charts'))?.url ?? '');
    expect(upstreamUrl.searchParams.get('range')).toBe('7d');
    expect(upstreamUrl.searchParams.get('interval')).toBe('day');
  });

  it('pages events with both start and end sent upstream', async () => {
    bff = await createTestBff({ emulator: { events: EVENTS } });
    const res = await bff.request('/api/projects/demo/events?limit=2');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      meta: { totalCount: number; count: number };
      data: { name: string }[];
    };
    expect(body.meta).toMatchObject({ totalCount: 3, count: 2 });
    expect(body.data.map((e) => e.name)).toEqual(['signup', 'screen_view']);
    const upstreamUrl = new URL(bff.calls.find((c) => c.url.includes('/export/events'))?.url ?? '');
    expect(upstreamUrl.searchParams.get('start')).toBe('2020-01-01');
    expect(upstreamUrl.searchParams.get('end')).toBe('2026-08-23');
  });

  it('creates, edits (null clears the description), conflicts and deletes a reference', async () => {
    bff = await createTestBff();
    const headers = await editorHeaders(bff);
    const created = await bff.request('/api/projects/demo/references', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: 'Launch',
        description: 'v2',
        datetime: '2026-08-01T10:00:00.000Z',
      }),
    });
    expect(created.status).toBe(200);
    const { reference } = (await created.json()) as {
      reference: { id: string; updatedAt: string; description: string | null };
    };
    expect(reference.description).toBe('v2');
    expect(reference).not.toHaveProperty('project');

    const listed = (await (await bff.request('/api/projects/demo/references')).json()) as {
      references: { id: string }[];
    };
    expect(listed.references.map((r) => r.id)).toEqual([reference.id]);

    const conflict = await bff.request(`/api/projects/demo/references/${reference.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title: 'Launch!', expectedUpdatedAt: '2000-01-01T00:00:00.000Z' }),
    });
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as { error: { code: string } }).error.code).toBe('conflict');

    const patched = await bff.request(`/api/projects/demo/references/${reference.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ description: null, expectedUpdatedAt: reference.updatedAt }),
    });
    expect(patched.status).toBe(200);
    expect(
      ((await patched.json()) as { reference: { description: string } }).reference.description,
    ).toBe('');

    // The write invalidated the cached list, so the new title shows at once.
    const wrongProject = await bff.request(`/api/projects/blog/references/${reference.id}`);
    expect(wrongProject.status).toBe(404);
    const deleted = await bff.request(`/api/projects/demo/references/${reference.id}`, {
      method: 'DELETE',
      headers,
    });
    expect(deleted.status).toBe(200);
    const after = (await (await bff.request('/api/projects/demo/references')).json()) as {
      references: unknown[];
    };
    expect(after.references).toEqual([]);
  });

  it('rejects an unknown project with 404 before any analytics call', async () => {
    bff = await createTestBff();
    const series = encodeURIComponent(JSON.stringify([{ name: 'x' }]));
    const res = await bff.request(`/api/projects/nope/chart?series=${series}`);
    expect(res.status).toBe(404);
    expect(bff.calls.map((c) => new URL(c.url).pathname)).toEqual(['/manage/projects']);
  });

  it('logs one structured line per request, by route pattern', async () => {
    bff = await createTestBff();
    await bff.request('/api/projects');
    expect(bff.logs).toHaveLength(1);
    expect(JSON.parse(bff.logs[0] as string)).toMatchObject({
      method: 'GET',
      route: '/api/projects',
      status: 200,
      upstreamCalls: 1,
      cache: 'miss',
    });
  });
});

describe('the funnel adapter', () => {
  const FUNNEL_EVENTS = [
    { name: 'screen_view', created_at: new Date('2026-08-22T09:00:00.000Z'), session_id: 's1' },
    { name: 'signup', created_at: new Date('2026-08-22T09:01:00.000Z'), session_id: 's1' },
    { name: 'screen_view', created_at: new Date('2026-08-22T09:00:00.000Z'), session_id: 's2' },
  ];
  const steps = encodeURIComponent(
    JSON.stringify([
      { name: 'screen_view' },
      { name: 'signup', filters: [{ name: 'path', operator: 'is', value: ['/x'] }] },
    ]),
  );

  it('falls back to /insights/{id}/funnel on the Fastify 404, remembers it, and flags the filters', async () => {
    bff = await createTestBff({ emulator: { events: FUNNEL_EVENTS, exportFunnel: false } });
    const first = await bff.request(`/api/projects/demo/funnel?steps=${steps}&range=7d`);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      totalUnits: 2,
      completedUnits: 1,
      overallConversionRate: 50,
      steps: [
        {
          name: 'screen_view',
          count: 2,
          percentOfFirst: 100,
          dropoffCount: 1,
          dropoffPercent: 50,
          isHighestDropoff: true,
        },
        {
          name: 'signup',
          count: 1,
          percentOfFirst: 50,
          dropoffCount: 0,
          dropoffPercent: null,
          isHighestDropoff: false,
        },
      ],
      perStepFiltersApplied: false,
      source: 'insights',
    });
    await bff.request(`/api/projects/demo/funnel?steps=${steps}&range=30d`);
    const funnelCalls = bff.calls
      .map((c) => new URL(c.url).pathname)
      .filter((p) => p.includes('funnel'));
    expect(funnelCalls).toEqual([
      '/export/funnel',
      '/insights/demo/funnel',
      '/insights/demo/funnel',
    ]);
  });

  it('uses /export/funnel when the upstream serves it (per-step filters applied)', async () => {
    bff = await createTestBff({ emulator: { events: FUNNEL_EVENTS, exportFunnel: true } });
    const res = await bff.request(`/api/projects/demo/funnel?steps=${steps}&range=7d`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      source: string;
      perStepFiltersApplied: boolean;
      steps: { count: number }[];
    };
    expect(body.source).toBe('export');
    expect(body.perStepFiltersApplied).toBe(true);
    // No signup event has path /x, so the filtered second step is empty.
    expect(body.steps.map((s) => s.count)).toEqual([2, 0]);
  });
});
