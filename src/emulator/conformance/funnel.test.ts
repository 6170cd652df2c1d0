import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * shared/openpanel-api.md §7.2 (`GET /insights/{projectId}/funnel`), black-box, UTC organization, clock
 * 2026-08-22T12:00:00Z. With no dates the window is [2026-07-23 00:00:00, 2026-08-22 00:00:00]: today is
 * excluded. Sessions: s1 a→b→c; s2 a, b 25 h later; s3 b before a; s4 a and b in the same millisecond;
 * "" (server-side events, one shared group) a then b; s5 a today.
 */
let emu: TestEmulator;

beforeAll(async () => {
  const ev = (name: string, at: string, session_id: string, profile_id: string) => ({
    name,
    created_at: at,
    session_id,
    profile_id,
  });
  emu = await createTestEmulator({
    events: [
      ev('a', '2026-08-20T10:00:00Z', 's1', 'u1'),
      ev('b', '2026-08-20T10:05:00Z', 's1', 'u1'),
      ev('c', '2026-08-20T10:10:00Z', 's1', 'u1'),
      ev('a', '2026-08-20T11:00:00Z', 's2', 'u2'),
      ev('b', '2026-08-21T12:00:00Z', 's2', 'u2'),
      ev('b', '2026-08-20T09:00:00Z', 's3', 'u3'),
      ev('a', '2026-08-20T09:30:00Z', 's3', 'u3'),
      ev('a', '2026-08-20T08:00:00.000Z', 's4', 'u4'),
      ev('b', '2026-08-20T08:00:00.000Z', 's4', 'u4'),
      ev('a', '2026-08-19T10:00:00Z', '', 'px'),
      ev('b', '2026-08-19T10:01:00Z', '', 'py'),
      ev('a', '2026-08-22T10:00:00Z', 's5', 'u5'),
    ],
  });
});
afterAll(() => emu.close());

const funnel = (query: string, who: 'root' | 'read' = 'read') =>
  emu.get(`/insights/demo/funnel?${query}`, who);
const users = async (query: string) => {
  const res = await funnel(query);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { steps: { users: number }[] };
  return body.steps.map((s) => s.users);
};

describe('§7.2 funnel response', () => {
  it('default window, session grouping, strict order, 24 h window: raw bytes', async () => {
    const res = await funnel('steps=a&steps=b&steps=c');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.text()).toBe(
      '{"steps":[' +
        '{"step":1,"eventName":"a","users":5,"conversionRateFromStart":100,"dropoffPercent":60,"isHighestDropoff":true},' +
        '{"step":2,"eventName":"b","users":2,"conversionRateFromStart":40,"dropoffPercent":50,"isHighestDropoff":false},' +
        '{"step":3,"eventName":"c","users":1,"conversionRateFromStart":20,"dropoffPercent":null,"isHighestDropoff":false}' +
        '],"totalUsers":5,"completedUsers":1,"overallConversionRate":20}',
    );
  });

  it('steps as a JSON array; windowHours widens the window', async () => {
    const steps = encodeURIComponent('["a","b","c"]');
    expect(await users(`steps=${steps}&windowHours=48`)).toEqual([5, 3, 1]);
  });

  it('isHighestDropoff marks only the first of equal largest drops; dropoff rounds to 2 decimals', async () => {
    const body = (await (await funnel('steps=a&steps=b&steps=c&windowHours=48')).json()) as {
      steps: {
        dropoffPercent: number | null;
        isHighestDropoff: boolean;
        conversionRateFromStart: number;
      }[];
    };
    expect(
      body.steps.map((s) => [s.conversionRateFromStart, s.dropoffPercent, s.isHighestDropoff]),
    ).toEqual([
      [100, 40, true],
      [60, 66.67, false],
      [20, null, false],
    ]);
  });

  it('groupBy=profile_id', async () => {
    expect(await users('steps=a&steps=b&steps=c&groupBy=profile_id')).toEqual([5, 1, 1]);
  });

  it('a range includes today', async () => {
    expect(await users('steps=a&steps=b&range=7d')).toEqual([6, 2]);
  });

  it('a date-only endDate is that day 00:00:00 (the end day is excluded); highest drop on step 2', async () => {
    const res = await funnel('steps=a&steps=b&steps=c&endDate=2026-08-20');
    expect(await res.json()).toEqual({
      steps: [
        {
          step: 1,
          eventName: 'a',
          users: 1,
          conversionRateFromStart: 100,
          dropoffPercent: 0,
          isHighestDropoff: false,
        },
        {
          step: 2,
          eventName: 'b',
          users: 1,
          conversionRateFromStart: 100,
          dropoffPercent: 100,
          isHighestDropoff: true,
        },
        {
          step: 3,
          eventName: 'c',
          users: 0,
          conversionRateFromStart: 0,
          dropoffPercent: null,
          isHighestDropoff: false,
        },
      ],
      totalUsers: 1,
      completedUsers: 0,
      overallConversionRate: 0,
    });
  });

  it('an empty funnel still lists every step', async () => {
    expect(await (await funnel('steps=x&steps=y')).json()).toEqual({
      steps: [
        {
          step: 1,
          eventName: 'x',
          users: 0,
          conversionRateFromStart: 0,
          dropoffPercent: 0,
          isHighestDropoff: false,
        },
        {
          step: 2,
          eventName: 'y',
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

  it('a root client picks the project from the path', async () => {
    const res = await emu.get('/insights/blog/funnel?steps=a&steps=b', 'root');
    expect(((await res.json()) as { totalUsers: number }).totalUsers).toBe(0);
  });
});

describe('§7.2 funnel validation', () => {
  const message = async (query: string) => {
    const res = await funnel(query);
    expect(res.status).toBe(400);
    return ((await res.json()) as { message: string }).message;
  };
  it('missing steps', async () => {
    expect(await message('')).toBe('querystring/steps Invalid input');
  });
  it('one step, or eleven', async () => {
    expect(await message('steps=a')).toBe(
      'querystring/steps steps must have between 2 and 10 items',
    );
    const eleven = Array.from({ length: 11 }, (_, i) => `steps=s${i}`).join('&');
    expect(await message(eleven)).toBe('querystring/steps steps must have between 2 and 10 items');
  });
  it('windowHours outside 1..720 and an unknown groupBy are 400s', async () => {
    await message('steps=a&steps=b&windowHours=0');
    await message('steps=a&steps=b&windowHours=721');
    await message('steps=a&steps=b&groupBy=device_id');
  });
  it('an unparseable date is a plain-text 500', async () => {
    const res = await funnel('steps=a&steps=b&startDate=nope');
    expect([res.status, await res.text()]).toEqual([500, 'Internal server error']);
  });
});
