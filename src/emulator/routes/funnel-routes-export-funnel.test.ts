import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFunnelResponseSchema } from '../../contract/openpanel-funnel.ts';
import {
  createTestEmulator,
  type FixtureEvent,
  type TestEmulator,
} from '../testing/test-emulator.ts';

/**
 * The seed docs' `GET /export/funnel` (emulator-only; shared/openpanel-api.md §7.1 says it 404s upstream).
 * Sessions on 2026-08-20, steps view → signup → purchase, levels by hand:
 * s1: view, signup(plan=pro), purchase → 3; s2: view, signup(plan=free), purchase → 3;
 * s3: view → 1; s4: view, signup (no plan) → 2. Unfiltered [4, 3, 2]; with signup filtered to
 * `properties.plan is pro` only s1 passes step 2 → [4, 1, 1].
 */
const events: FixtureEvent[] = [
  { name: 'view', session_id: 's1', created_at: new Date('2026-08-20T10:00:00.000Z') },
  {
    name: 'signup',
    session_id: 's1',
    created_at: new Date('2026-08-20T10:05:00.000Z'),
    properties: { plan: 'pro' },
  },
  { name: 'purchase', session_id: 's1', created_at: new Date('2026-08-20T10:10:00.000Z') },
  { name: 'view', session_id: 's2', created_at: new Date('2026-08-20T11:00:00.000Z') },
  {
    name: 'signup',
    session_id: 's2',
    created_at: new Date('2026-08-20T11:01:00.000Z'),
    properties: { plan: 'free' },
  },
  { name: 'purchase', session_id: 's2', created_at: new Date('2026-08-20T11:02:00.000Z') },
  { name: 'view', session_id: 's3', created_at: new Date('2026-08-20T09:00:00.000Z') },
  { name: 'view', session_id: 's4', created_at: new Date('2026-08-20T08:00:00.000Z') },
  { name: 'signup', session_id: 's4', created_at: new Date('2026-08-20T08:30:00.000Z') },
];

const q = (steps: unknown) =>
  `events=${encodeURIComponent(JSON.stringify(steps))}&startDate=2026-08-20&endDate=2026-08-21`;
const step = (name: string, displayName = name) => ({ name, displayName });

describe('GET /export/funnel (seed docs, emulator-only)', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await createTestEmulator({ events });
  });
  afterAll(() => emu.close());

  it('answers the seed shape with percentages, dropoffs and previous counts', async () => {
    const res = await emu.get(
      `/export/funnel?projectId=demo&${q([{ name: 'view' }, { name: 'signup' }, { name: 'purchase' }])}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-limit')).toBe('100');
    expect(await res.text()).toBe(
      JSON.stringify({
        totalSessions: 4,
        steps: [
          {
            event: step('view'),
            count: 4,
            percent: 100,
            dropoffCount: 1,
            dropoffPercent: 25,
            previousCount: 4,
          },
          {
            event: step('signup'),
            count: 3,
            percent: 75,
            dropoffCount: 1,
            dropoffPercent: 33.33,
            previousCount: 4,
          },
          {
            event: step('purchase'),
            count: 2,
            percent: 50,
            dropoffCount: 0,
            dropoffPercent: 0,
            previousCount: 3,
          },
        ],
      }),
    );
  });

  it('applies per-step filters to that step’s events only', async () => {
    const filters = [{ name: 'properties.plan', operator: 'is', value: ['pro'] }];
    const res = await emu.get(
      `/export/funnel?${q([{ name: 'view' }, { name: 'signup', filters }, { name: 'purchase' }])}`,
      'read',
    );
    const body = exportFunnelResponseSchema.parse(await res.json());
    expect(body.steps).toEqual([
      {
        event: step('view'),
        count: 4,
        percent: 100,
        dropoffCount: 3,
        dropoffPercent: 75,
        previousCount: 4,
      },
      {
        event: step('signup'),
        count: 1,
        percent: 25,
        dropoffCount: 0,
        dropoffPercent: 0,
        previousCount: 4,
      },
      {
        event: step('purchase'),
        count: 1,
        percent: 25,
        dropoffCount: 0,
        dropoffPercent: 0,
        previousCount: 1,
      },
    ]);
  });

  it('picks the project as export does (§2.2)', async () => {
    const steps = q([{ name: 'view' }, { name: 'signup' }]);
    const noProject = await emu.get(`/export/funnel?${steps}`);
    expect(noProject.status).toBe(400);
    expect(await noProject.text()).toBe(
      '{"status":400,"message":"project_id or projectId is required"}',
    );
    const otherProject = await emu.get(`/export/funnel?project_id=blog&${steps}`, 'read');
    expect(otherProject.status).toBe(403);
    expect(await otherProject.text()).toBe(
      '{"status":403,"message":"You do not have access to this project"}',
    );
  });

  it('needs 2 to 10 steps', async () => {
    const res = await emu.get(`/export/funnel?projectId=demo&${q([{ name: 'view' }])}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(
      '{"status":400,"error":"Error","message":"querystring/events events must have between 2 and 10 items"}',
    );
  });
});

describe('GET /export/funnel when the emulator behaves like the real server', () => {
  it('is Fastify’s generic 404, unauthenticated and not rate-limited (§7.1)', async () => {
    const emu = await createTestEmulator({ events, exportFunnel: false });
    try {
      const res = await emu.request('/export/funnel?projectId=demo');
      expect(res.status).toBe(404);
      expect(res.headers.get('x-ratelimit-limit')).toBeNull();
      expect(await res.text()).toBe(
        '{"message":"Route GET:/export/funnel?projectId=demo not found","error":"Not Found","statusCode":404}',
      );
    } finally {
      emu.close();
    }
  });
});
