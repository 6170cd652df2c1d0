import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/** FixtureEvent's `created_at` type only admits Dates. */
const at = (iso: string) => new Date(iso);
const q = (filters: unknown) => `filters=${encodeURIComponent(JSON.stringify(filters))}`;

// Clock 2026-08-22T12:00:00Z, organization in UTC. Every expectation below is worked out by hand from
// shared/openpanel-api.md §9.6. Sessions: s1 (p1, day 20, 1 view, no duration), s2 (p2, day 21, 3 views,
// session_end duration 65432 ms, utm_source=news), s3 (p2, day 21, 1 view); one `revenue` event of 1999.
const s2 = { session_id: 's2', profile_id: 'p2', device_id: 'd2', country: 'US' };
let emu: TestEmulator;
beforeAll(async () => {
  emu = await createTestEmulator({
    events: [
      {
        name: 'screen_view',
        created_at: at('2026-08-20T10:00:00Z'),
        session_id: 's1',
        profile_id: 'p1',
        device_id: 'd1',
        path: '/',
        country: 'SE',
      },
      {
        name: 'session_start',
        created_at: at('2026-08-21T08:59:59.900Z'),
        ...s2,
        path: '/a',
        properties: { '__query.utm_source': 'news' },
      },
      {
        name: 'screen_view',
        created_at: at('2026-08-21T09:00:00Z'),
        ...s2,
        path: '/a',
        properties: { '__query.utm_source': 'news' },
      },
      { name: 'screen_view', created_at: at('2026-08-21T09:00:30Z'), ...s2, path: '/b' },
      { name: 'screen_view', created_at: at('2026-08-21T09:01:05.432Z'), ...s2, path: '/c' },
      {
        name: 'session_end',
        created_at: at('2026-08-21T09:01:06.432Z'),
        ...s2,
        path: '/c',
        duration: 65432,
      },
      {
        name: 'screen_view',
        created_at: at('2026-08-21T15:00:00Z'),
        session_id: 's3',
        profile_id: 'p2',
        device_id: 'd3',
        path: '/',
        country: 'US',
      },
      // Server-side events (no session): only the one named `revenue` counts towards revenue.
      {
        name: 'revenue',
        created_at: at('2026-08-21T15:00:10Z'),
        profile_id: 'p2',
        revenue: 1999,
        country: 'US',
      },
      { name: 'checkout', created_at: at('2026-08-21T15:00:20Z'), profile_id: 'p2', revenue: 500 },
      { name: 'screen_view', created_at: at('2026-08-20T11:00:00Z'), profile_id: 'p7', path: '/x' },
      // Outside the window, or in another project.
      { name: 'revenue', created_at: at('2026-08-22T00:00:00Z'), revenue: 7 },
      {
        name: 'screen_view',
        created_at: at('2026-08-19T23:59:59Z'),
        session_id: 's0',
        profile_id: 'p0',
        path: '/',
      },
      {
        name: 'screen_view',
        created_at: at('2026-08-20T12:00:00Z'),
        session_id: 'b1',
        profile_id: 'p9',
        path: '/',
        project_id: 'blog',
      },
      // A Thursday session for the week buckets.
      {
        name: 'screen_view',
        created_at: at('2026-07-30T10:00:00Z'),
        session_id: 's5',
        profile_id: 'p5',
        path: '/',
      },
    ],
  });
});
afterAll(() => emu.close());

async function getJson(path: string) {
  const res = await emu.get(path);
  return { status: res.status, body: (await res.json()) as unknown };
}
const EXAMPLE = '/insights/demo/metrics?startDate=2026-08-20&endDate=2026-08-21';
const zeroRow = (date: string) => ({
  date,
  bounce_rate: 0,
  unique_visitors: 0,
  total_sessions: 0,
  _avg_session_duration: 0,
  avg_session_duration: 0,
  total_screen_views: 0,
  views_per_session: 0,
  total_revenue: 0,
});
const day20 = {
  date: '2026-08-20T00:00:00.000Z',
  bounce_rate: 100,
  unique_visitors: 1,
  total_sessions: 1,
  _avg_session_duration: null,
  avg_session_duration: 0,
  total_screen_views: 1,
  views_per_session: 1,
  total_revenue: 0,
};
const day21 = {
  date: '2026-08-21T00:00:00.000Z',
  bounce_rate: 50,
  unique_visitors: 1,
  total_sessions: 2,
  _avg_session_duration: 65.432,
  avg_session_duration: 65.432,
  total_screen_views: 4,
  views_per_session: 2,
  total_revenue: 1999,
};

describe('GET /insights/{projectId}/metrics (§9.6)', () => {
  it('reproduces the contract example byte for byte, key order included', async () => {
    const res = await emu.get(EXAMPLE);
    expect(res.status).toBe(200);
    const expected = {
      metrics: {
        bounce_rate: 66.67,
        unique_visitors: 2,
        total_sessions: 3,
        avg_session_duration: 65.432,
        total_screen_views: 5,
        views_per_session: 1.67,
        total_revenue: 1999,
      },
      series: [day20, day21],
    };
    expect(await res.text()).toBe(JSON.stringify(expected));
  });

  it('lets a read client reach its own project whatever the path says', async () => {
    const res = await emu.get(EXAMPLE.replace('/demo/', '/blog/'), 'read');
    expect(
      ((await res.json()) as { metrics: { total_sessions: number } }).metrics.total_sessions,
    ).toBe(3);
  });

  it('applies whitelisted filters to sessions and to revenue events', async () => {
    const us = await getJson(
      `${EXAMPLE}&${q([{ name: 'country', operator: 'is', value: ['US'] }])}`,
    );
    expect(us.body).toEqual({
      metrics: {
        bounce_rate: 50,
        unique_visitors: 1,
        total_sessions: 2,
        avg_session_duration: 65.432,
        total_screen_views: 4,
        views_per_session: 2,
        total_revenue: 1999,
      },
      series: [zeroRow('2026-08-20T00:00:00.000Z'), day21],
    });
    const utm = await getJson(
      `${EXAMPLE}&${q([{ name: 'utm_source', operator: 'is', value: ['news'] }])}`,
    );
    expect(utm.body).toEqual({
      metrics: {
        bounce_rate: 0,
        unique_visitors: 1,
        total_sessions: 1,
        avg_session_duration: 65.432,
        total_screen_views: 3,
        views_per_session: 3,
        total_revenue: 0,
      },
      series: [
        zeroRow('2026-08-20T00:00:00.000Z'),
        {
          ...day21,
          bounce_rate: 0,
          total_sessions: 1,
          total_screen_views: 3,
          views_per_session: 3,
          total_revenue: 0,
        },
      ],
    });
  });

  it('silently ignores names outside the whitelist', async () => {
    const ignored = [
      { name: 'properties.plan', operator: 'is', value: ['nope'] },
      { name: 'referrerName', operator: 'is', value: ['nope'] },
      { name: 'name', operator: 'is', value: ['nope'] },
    ];
    const { body } = await getJson(`${EXAMPLE}&${q(ignored)}`);
    expect((body as { series: unknown[] }).series).toEqual([day20, day21]);
  });

  it('answers 7d with no sessions with 7 rows: the first filled bucket is taken as totals and dropped', async () => {
    const empty = await createTestEmulator({
      events: [
        { name: 'revenue', created_at: at('2026-08-15T08:00:00Z'), revenue: 200 },
        { name: 'revenue', created_at: at('2026-08-16T09:00:00Z'), revenue: 500 },
      ],
    });
    try {
      const res = await empty.get('/insights/demo/metrics');
      const body = (await res.json()) as {
        metrics: unknown;
        series: { date: string; total_revenue: number }[];
      };
      expect(body.metrics).toEqual({
        bounce_rate: 0,
        unique_visitors: 0,
        total_sessions: 0,
        avg_session_duration: 0,
        total_screen_views: 0,
        views_per_session: 0,
        total_revenue: 700,
      });
      expect(body.series.map((r) => r.date)).toEqual([
        '2026-08-16T00:00:00.000Z',
        '2026-08-17T00:00:00.000Z',
        '2026-08-18T00:00:00.000Z',
        '2026-08-19T00:00:00.000Z',
        '2026-08-20T00:00:00.000Z',
        '2026-08-21T00:00:00.000Z',
        '2026-08-22T00:00:00.000Z',
      ]);
      expect(body.series[0]).toEqual({
        ...zeroRow('2026-08-16T00:00:00.000Z'),
        total_revenue: 500,
      });
    } finally {
      empty.close();
    }
  });

  it('buckets by Sunday weeks when the window spans 93..186 days', async () => {
    const { body } = await getJson(
      '/insights/demo/metrics?startDate=2026-05-01&endDate=2026-08-02',
    );
    const series = (body as { series: { date: string; total_sessions: number }[] }).series;
    expect(series).toHaveLength(14);
    expect(series[0]!.date).toBe('2026-04-26T00:00:00.000Z');
    expect([series[13]!.date, series[13]!.total_sessions]).toEqual(['2026-07-26T00:00:00.000Z', 1]);
  });

  it('switches to page views when a filter is named path', async () => {
    const { body } = await getJson(
      `${EXAMPLE}&${q([{ name: 'path', operator: 'is', value: ['/'] }])}`,
    );
    const row = (date: string) => ({
      date,
      bounce_rate: 100,
      unique_visitors: 1,
      total_sessions: 1,
      avg_session_duration: null,
      total_screen_views: 1,
      views_per_session: 1,
      overall_unique_visitors: 2,
      overall_total_sessions: 2,
      overall_bounce_rate: 100,
      total_revenue: 0,
    });
    expect(JSON.stringify(body)).toBe(
      JSON.stringify({
        metrics: {
          bounce_rate: 100,
          unique_visitors: 2,
          total_sessions: 2,
          avg_session_duration: 0,
          total_screen_views: 2,
          views_per_session: 1,
          total_revenue: 0,
        },
        series: [row('2026-08-20T00:00:00.000Z'), row('2026-08-21T00:00:00.000Z')],
      }),
    );
    // Time on page: /a → next matching view /c of the same session, 65.432 s; entry /a did not bounce.
    const ac = await getJson(
      `${EXAMPLE}&${q([{ name: 'path', operator: 'is', value: ['/a', '/c'] }])}`,
    );
    expect(ac.body).toEqual({
      metrics: {
        bounce_rate: 0,
        unique_visitors: 1,
        total_sessions: 1,
        avg_session_duration: 65.432,
        total_screen_views: 2,
        views_per_session: 2,
        total_revenue: 0,
      },
      series: [
        {
          date: '2026-08-20T00:00:00.000Z',
          bounce_rate: 0,
          unique_visitors: 0,
          total_sessions: 0,
          avg_session_duration: 0,
          total_screen_views: 0,
          views_per_session: 0,
          overall_unique_visitors: null,
          overall_total_sessions: null,
          overall_bounce_rate: null,
          total_revenue: 0,
        },
        {
          date: '2026-08-21T00:00:00.000Z',
          bounce_rate: 0,
          unique_visitors: 1,
          total_sessions: 1,
          avg_session_duration: 65.432,
          total_screen_views: 2,
          views_per_session: 2,
          overall_unique_visitors: 1,
          overall_total_sessions: 1,
          overall_bounce_rate: 0,
          total_revenue: 0,
        },
      ],
    });
  });

  it('validates the query like the server', async () => {
    const error = (message: string) => ({
      status: 400,
      body: { status: 400, error: 'Error', message },
    });
    const notArray = 'querystring/filters Invalid input: expected array, received string';
    expect(await getJson('/insights/demo/metrics?filters=')).toEqual(error(notArray));
    expect(await getJson('/insights/demo/metrics?filters=%5Bnope')).toEqual(error(notArray));
    expect(await getJson('/insights/demo/metrics?endDate=20260820')).toEqual(
      error('querystring/endDate Invalid input: expected string, received number'),
    );
    const range = await getJson('/insights/demo/metrics?range=90d');
    expect(range.status).toBe(400);
    expect((range.body as { message: string }).message).toMatch(
      /^querystring\/range Invalid option: expected one of "30min"\|/,
    );
  });

  it('answers 500 for an unparseable date that is used, and ignores a lone startDate', async () => {
    const bad = await emu.get('/insights/demo/metrics?startDate=2026-08-20&endDate=nope');
    expect([bad.status, await bad.text()]).toEqual([500, 'Internal server error']);
    const lone = await emu.get('/insights/demo/metrics?startDate=nope');
    expect(lone.status).toBe(200);
  });
});

describe('metrics in a zone ahead of UTC', () => {
  it('buckets by tz wall-clock time and labels it with Z', async () => {
    const sthlm = await createTestEmulator({
      timezone: 'Europe/Stockholm',
      events: [
        // 2026-08-21 00:30 in Stockholm (UTC+2), inside; 2026-08-20 23:30 local, outside.
        {
          name: 'screen_view',
          created_at: at('2026-08-20T22:30:00Z'),
          session_id: 'a',
          profile_id: 'p1',
          path: '/',
        },
        {
          name: 'screen_view',
          created_at: at('2026-08-20T21:30:00Z'),
          session_id: 'b',
          profile_id: 'p2',
          path: '/',
        },
      ],
    });
    try {
      const res = await sthlm.get('/insights/demo/metrics?startDate=2026-08-21&endDate=2026-08-21');
      const body = (await res.json()) as {
        metrics: { total_sessions: number };
        series: { date: string; total_sessions: number }[];
      };
      expect(body.metrics.total_sessions).toBe(1);
      expect(body.series).toHaveLength(24);
      expect([body.series[0]!.date, body.series[0]!.total_sessions]).toEqual([
        '2026-08-21T00:00:00.000Z',
        1,
      ]);
    } finally {
      sthlm.close();
    }
  });
});
