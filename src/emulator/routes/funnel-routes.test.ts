import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { insightsFunnelResponseSchema } from '../../contract/openpanel-funnel.ts';
import {
  createTestEmulator,
  type FixtureEvent,
  type TestEmulator,
} from '../testing/test-emulator.ts';

/**
 * Hand-built sessions on 2026-08-19/20 (UTC org, clock 2026-08-22 12:00Z); levels for
 * steps view → signup → purchase worked out by hand (shared/openpanel-api.md §7.2):
 * - s1 (p1): view 10:00, signup 10:05, purchase 10:10            → 3
 * - s2 (p2): view and signup in the same millisecond 11:00       → 1
 * - s3 (p1): view 09:00, signup 09:30; purchase the next day at 00:00:01, after the window end → 2
 * - s4 (p3): signup, purchase, no view                           → 0
 * - ''     : view 12:00 (p9), signup 12:01 (p8): one shared group → 2
 * - s5 (p5): view 08-19 00:00, signup 25 h later                 → 1 (2 with windowHours=26)
 * - s9 (p6): view, signup today (08-22), outside the default window
 * By session [5, 3, 1]; by profile p1 3, p2 1, p9 1, p5 1 → [4, 1, 1].
 */
const events: FixtureEvent[] = [
  {
    name: 'view',
    session_id: 's1',
    profile_id: 'p1',
    created_at: new Date('2026-08-20T10:00:00.000Z'),
  },
  {
    name: 'signup',
    session_id: 's1',
    profile_id: 'p1',
    created_at: new Date('2026-08-20T10:05:00.000Z'),
    properties: { plan: 'pro' },
  },
  {
    name: 'purchase',
    session_id: 's1',
    profile_id: 'p1',
    created_at: new Date('2026-08-20T10:10:00.000Z'),
  },
  {
    name: 'view',
    session_id: 's2',
    profile_id: 'p2',
    created_at: new Date('2026-08-20T11:00:00.000Z'),
  },
  {
    name: 'signup',
    session_id: 's2',
    profile_id: 'p2',
    created_at: new Date('2026-08-20T11:00:00.000Z'),
  },
  {
    name: 'view',
    session_id: 's3',
    profile_id: 'p1',
    created_at: new Date('2026-08-20T09:00:00.000Z'),
  },
  {
    name: 'signup',
    session_id: 's3',
    profile_id: 'p1',
    created_at: new Date('2026-08-20T09:30:00.000Z'),
    properties: { plan: 'free' },
  },
  {
    name: 'purchase',
    session_id: 's3',
    profile_id: 'p1',
    created_at: new Date('2026-08-21T00:00:01.000Z'),
  },
  {
    name: 'signup',
    session_id: 's4',
    profile_id: 'p3',
    created_at: new Date('2026-08-20T08:00:00.000Z'),
  },
  {
    name: 'purchase',
    session_id: 's4',
    profile_id: 'p3',
    created_at: new Date('2026-08-20T08:10:00.000Z'),
  },
  {
    name: 'view',
    session_id: '',
    profile_id: 'p9',
    created_at: new Date('2026-08-20T12:00:00.000Z'),
  },
  {
    name: 'signup',
    session_id: '',
    profile_id: 'p8',
    created_at: new Date('2026-08-20T12:01:00.000Z'),
  },
  {
    name: 'view',
    session_id: 's5',
    profile_id: 'p5',
    created_at: new Date('2026-08-19T00:00:00.000Z'),
  },
  {
    name: 'signup',
    session_id: 's5',
    profile_id: 'p5',
    created_at: new Date('2026-08-20T01:00:00.000Z'),
  },
  {
    name: 'view',
    session_id: 's9',
    profile_id: 'p6',
    created_at: new Date('2026-08-22T10:00:00.000Z'),
  },
  {
    name: 'signup',
    session_id: 's9',
    profile_id: 'p6',
    created_at: new Date('2026-08-22T10:01:00.000Z'),
  },
  {
    name: 'other',
    session_id: 's1',
    profile_id: 'p1',
    created_at: new Date('2026-08-20T10:01:00.000Z'),
  },
];

const STEPS = 'steps=view&steps=signup&steps=purchase';
const DATES = 'startDate=2026-08-19&endDate=2026-08-21';

describe('GET /insights/:projectId/funnel (shared/openpanel-api.md §7.2)', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await createTestEmulator({ events });
  });
  afterAll(() => emu.close());

  it('counts sessions and answers the exact body', async () => {
    const res = await emu.get(`/insights/demo/funnel?${STEPS}&${DATES}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-limit')).toBe('100');
    expect(await res.text()).toBe(
      '{"steps":[' +
        '{"step":1,"eventName":"view","users":5,"conversionRateFromStart":100,"dropoffPercent":40,"isHighestDropoff":true},' +
        '{"step":2,"eventName":"signup","users":3,"conversionRateFromStart":60,"dropoffPercent":66.67,"isHighestDropoff":false},' +
        '{"step":3,"eventName":"purchase","users":1,"conversionRateFromStart":20,"dropoffPercent":null,"isHighestDropoff":false}' +
        '],"totalUsers":5,"completedUsers":1,"overallConversionRate":20}',
    );
  });

  it('takes steps as a JSON array too, and widens the window with windowHours', async () => {
    const steps = encodeURIComponent('["view","signup","purchase"]');
    const res = await emu.get(`/insights/demo/funnel?steps=${steps}&${DATES}&windowHours=26`);
    const body = insightsFunnelResponseSchema.parse(await res.json());
    // s5's signup now counts: [5, 4, 1]; drops 1 and 3, so step 2 has the highest dropoff.
    expect(body.steps.map((s) => s.users)).toEqual([5, 4, 1]);
    expect(body.steps.map((s) => s.dropoffPercent)).toEqual([20, 75, null]);
    expect(body.steps.map((s) => s.isHighestDropoff)).toEqual([false, true, false]);
  });

  it('groups by profile_id', async () => {
    const res = await emu.get(`/insights/demo/funnel?${STEPS}&${DATES}&groupBy=profile_id`);
    const body = insightsFunnelResponseSchema.parse(await res.json());
    expect(body.steps.map((s) => s.users)).toEqual([4, 1, 1]);
    expect(body.overallConversionRate).toBe(25);
  });

  it('defaults to the last 30 UTC days with today excluded', async () => {
    // s9 happened today; everything else is inside 2026-07-23 00:00 … 2026-08-22 00:00.
    // view→signup: s1, s3, '' reach 2; s2, s5 stay at 1 → [5, 3].
    const res = await emu.get('/insights/demo/funnel?steps=view&steps=signup');
    const body = insightsFunnelResponseSchema.parse(await res.json());
    expect(body.steps.map((s) => s.users)).toEqual([5, 3]);
  });

  it('uses the read client’s own project whatever the path says', async () => {
    const res = await emu.get(`/insights/blog/funnel?${STEPS}&${DATES}`, 'read');
    expect(insightsFunnelResponseSchema.parse(await res.json()).totalUsers).toBe(5);
  });

  it('returns every step with zeros for a project without events', async () => {
    const res = await emu.get(`/insights/blog/funnel?steps=view&steps=signup&${DATES}`);
    expect(await res.json()).toEqual({
      steps: [
        {
          step: 1,
          eventName: 'view',
          users: 0,
          conversionRateFromStart: 0,
          dropoffPercent: 0,
          isHighestDropoff: false,
        },
        {
          step: 2,
          eventName: 'signup',
          users: 0,
          conversionRateFromStart: 0,
          dropoffPercent: null,
          isHighestDropoff: false,
        },
      ],
      totalUsers: 0,
      completedUsers: 0,
      overallConversionRate: 0,
    });
  });

  it.each([
    ['', 'querystring/steps Invalid input'],
    ['steps=view', 'querystring/steps steps must have between 2 and 10 items'],
    [
      `steps=${encodeURIComponent(JSON.stringify(Array.from({ length: 11 }, (_, i) => `e${i}`)))}`,
      'querystring/steps steps must have between 2 and 10 items',
    ],
    [
      'steps=a&steps=b&windowHours=0',
      'querystring/windowHours Too small: expected number to be >=1',
    ],
    [
      'steps=a&steps=b&windowHours=721',
      'querystring/windowHours Too big: expected number to be <=720',
    ],
    [
      'steps=a&steps=b&windowHours=1.5',
      'querystring/windowHours Invalid input: expected int, received number',
    ],
    [
      'steps=a&steps=b&groupBy=device_id',
      'querystring/groupBy Invalid option: expected one of "session_id"|"profile_id"',
    ],
  ])('rejects %s with 400 before auth', async (query, message) => {
    const res = await emu.request(`/insights/demo/funnel?${query}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(JSON.stringify({ status: 400, error: 'Error', message }));
  });

  it('refuses write clients', async () => {
    const res = await emu.get(`/insights/demo/funnel?${STEPS}`, 'write');
    expect(res.status).toBe(401);
    expect(await res.text()).toBe(
      '{"error":"Unauthorized","message":"Export: Client is not allowed to export"}',
    );
  });

  it('answers 500 for an unknown project or an unparseable date', async () => {
    vi.stubEnv('EMULATOR_LOG_ERRORS', '0');
    for (const path of [
      `/insights/nope/funnel?${STEPS}`,
      `/insights/demo/funnel?${STEPS}&startDate=not-a-date`,
    ]) {
      const res = await emu.get(path);
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('Internal server error');
    }
    vi.unstubAllEnvs();
  });
});

describe('GET /insights/:projectId/funnel in a non-UTC organization', () => {
  it('reads the date bounds as wall-clock time in the organization zone', async () => {
    // Window 2026-08-20 00:00 … 2026-08-21 00:00 New York (EDT) = 04:00Z … 04:00Z next day.
    const emu = await createTestEmulator({
      timezone: 'America/New_York',
      events: [
        { name: 'view', session_id: 'a', created_at: new Date('2026-08-20T03:00:00.000Z') },
        { name: 'signup', session_id: 'a', created_at: new Date('2026-08-20T05:00:00.000Z') },
        { name: 'view', session_id: 'b', created_at: new Date('2026-08-20T05:00:00.000Z') },
        { name: 'signup', session_id: 'b', created_at: new Date('2026-08-21T04:00:00.000Z') },
      ],
    });
    try {
      const res = await emu.get(
        '/insights/demo/funnel?steps=view&steps=signup&startDate=2026-08-20&endDate=2026-08-21',
      );
      const body = insightsFunnelResponseSchema.parse(await res.json());
      // a's view is before the start; b's signup sits exactly on the inclusive end.
      expect(body.steps.map((s) => s.users)).toEqual([1, 1]);
    } finally {
      emu.close();
    }
  });
});
