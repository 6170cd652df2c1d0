import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reapSessions } from '../track/track-ingest.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

// Expectations from shared/openpanel-api.md §12.6–§12.13, computed by hand for a clock at 12:00:10Z.
const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const T0 = Date.parse('2026-08-22T12:00:10.000Z');
const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

let emu: TestEmulator;
let clock = T0;
beforeEach(async () => {
  emu = await createTestEmulator();
  clock = T0;
  emu.ctx.now = () => new Date(clock);
});
afterEach(() => emu.close());

const headers = (extra: Record<string, string> = {}) => ({
  ...emu.as('write'),
  'content-type': 'application/json',
  'user-agent': CHROME_MAC,
  'x-client-ip': '203.0.113.7',
  ...extra,
});
async function send(type: string, payload: unknown, extra: Record<string, string> = {}) {
  const res = await emu.request('/track', {
    method: 'POST',
    headers: headers(extra),
    body: JSON.stringify({ type, payload }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}
const track = (name: string, properties: Record<string, unknown> = {}, extra = {}) =>
  send('track', { name, properties }, extra);

type Row = Record<string, string | Record<string, string>>;
async function rows(): Promise<Row[]> {
  const inc =
    'properties,origin,referrer,referrerName,referrerType,device,osVersion,browserVersion,brand,model,sdkName';
  const res = await emu.get(
    `/export/events?projectId=demo&start=1970-01-01&end=2026-12-31&limit=100&includes=${inc}`,
  );
  return ((await res.json()) as { data: Row[] }).data.reverse();
}

/** §12.8.1, by the documented formula. */
const sessionIdFor = (deviceId: string, bucket: number) =>
  createHash('sha256')
    .update(`sess:v1:demo:${deviceId}:${bucket}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');

describe('device and session ids (§12.7, §12.8.1)', () => {
  it('gives 32-hex device ids stable per UA, IP, project and UTC day', async () => {
    const a = (await track('a')).body;
    const b = (await track('b')).body;
    expect(a.deviceId).toMatch(/^[0-9a-f]{32}$/);
    expect(b.deviceId).toBe(a.deviceId);
    expect((await track('c', {}, { 'x-client-ip': '198.51.100.1' })).body.deviceId).not.toBe(
      a.deviceId,
    );
    expect((await track('d', {}, { 'user-agent': CHROME_MAC + ' X' })).body.deviceId).not.toBe(
      a.deviceId,
    );
    // 12:00:10 bucket = floor(1787400010000 / 1800000) = 993000, 10 s into it (past the 5 s grace).
    expect(a.sessionId).toBe(sessionIdFor(a.deviceId!, 993000));
    clock = Date.parse('2026-08-23T13:00:00.000Z');
    const nextDay = (await track('e')).body;
    expect(nextDay.deviceId).not.toBe(a.deviceId);
  });

  it('uses a trimmed __deviceId override', async () => {
    const res = await track('a', { __deviceId: '  dev-1  ' });
    expect(res.body.deviceId).toBe('dev-1');
    const [start, event] = await rows();
    expect(start!.deviceId).toBe('dev-1');
    expect(event!.profileId).toBe('dev-1');
    expect((event!.properties as Record<string, string>).__deviceId).toBe('dev-1');
  });
});

describe('sessions (§12.8.2, §12.8.3)', () => {
  it('opens with session_start, extends, splits after 30 min with session_end and reaps', async () => {
    const first = await track('screen_view', {
      __path: 'https://shop.example.com/?utm_source=Google#top',
      __referrer: 'https://www.google.com/',
    });
    clock = T0 + 10 * MIN;
    const second = await track('screen_view', { __path: 'https://shop.example.com/pricing' });
    expect(second.body.sessionId).toBe(first.body.sessionId);
    clock = T0 + 45 * MIN; // 35 min after the last event: a boundary
    const third = await track('signup', { __path: 'https://shop.example.com/signup' });
    expect(third.body.sessionId).not.toBe(first.body.sessionId);
    expect(await reapSessions(emu.ctx, new Date(T0 + 45 * MIN + 30 * MIN))).toBe(0);
    expect(await reapSessions(emu.ctx, new Date(T0 + 45 * MIN + 31 * MIN))).toBe(1);

    const all = await rows();
    expect(all.map((r) => [r.name, r.createdAt, r.sessionId])).toEqual([
      ['session_start', iso(T0 - 100), first.body.sessionId],
      ['screen_view', iso(T0), first.body.sessionId],
      ['screen_view', iso(T0 + 10 * MIN), first.body.sessionId],
      ['session_end', iso(T0 + 10 * MIN + 1000), first.body.sessionId],
      ['session_start', iso(T0 + 45 * MIN - 100), third.body.sessionId],
      ['signup', iso(T0 + 45 * MIN), third.body.sessionId],
      ['session_end', iso(T0 + 45 * MIN + 1000), third.body.sessionId],
    ]);
    const [start, entry, mid, end1, , , end2] = all;
    expect(start).toMatchObject({
      path: '/',
      referrer: 'https://www.google.com',
      referrerName: 'Google',
      referrerType: 'search',
    });
    expect(entry!.properties).toEqual({ __hash: '#top', '__query.utm_source': 'Google' });
    // Mid-session events inherit the entry referrer.
    expect(mid).toMatchObject({
      path: '/pricing',
      referrer: 'https://www.google.com',
      referrerName: 'Google',
    });
    // Boundary end: the exit page, two screen views (not a bounce), the next event's other columns.
    expect(end1).toMatchObject({
      path: '/pricing',
      origin: 'https://shop.example.com',
      referrer: '',
    });
    expect(end1!.properties).toEqual({ __bounce: 'false' });
    // Reaped end: only __bounce, no SDK, a custom event never un-bounces.
    expect(end2).toMatchObject({ path: '/signup', sdkName: '' });
    expect(end2!.properties).toEqual({ __bounce: 'true' });
  });
});

describe('event time and server user agents (§12.6, §12.8.4)', () => {
  it('ignores a __timestamp more than 60 s ahead and detaches one more than 15 min back', async () => {
    await track('future', { __timestamp: iso(T0 + 61_000) });
    await track('late', { __timestamp: iso(T0 - 16 * MIN), __referrer: 'https://t.co/x' }, {});
    const {
      future,
      late,
      session_start: start,
    } = Object.fromEntries((await rows()).map((r) => [r.name, r]));
    expect(start).toMatchObject({ createdAt: iso(T0 - 100) });
    expect(future).toMatchObject({ name: 'future', createdAt: iso(T0) });
    expect(late).toMatchObject({
      name: 'late',
      createdAt: iso(T0 - 16 * MIN),
      deviceId: '',
      sessionId: '',
      profileId: '',
      referrer: '',
      referrerName: '',
    });
    expect((late!.properties as Record<string, string>).__timestamp).toBeUndefined();
  });

  it('stores server-UA events without device or session, with device "server"', async () => {
    const res = await track('cron', { plan: 'pro' }, { 'user-agent': 'curl/8.4.0' });
    expect(res.body.deviceId).toMatch(/^[0-9a-f]{32}$/);
    const all = await rows();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      name: 'cron',
      deviceId: '',
      sessionId: '',
      profileId: '',
      os: '',
      browser: '',
      device: 'server',
    });
  });
});

describe('profiles (§12.9)', () => {
  it('identify merges, increment and decrement adjust, a missing profile is a 404', async () => {
    expect(
      (
        await send('identify', {
          profileId: 'u1',
          firstName: 'Ada',
          properties: { plan: 'pro', empty: '' },
        })
      ).status,
    ).toBe(200);
    expect(
      (await send('identify', { profileId: 'u1', email: 'ada@example.com', properties: { n: 2 } }))
        .status,
    ).toBe(200);
    expect((await send('increment', { profileId: 'u1', property: 'n', value: 3 })).status).toBe(
      200,
    );
    expect((await send('decrement', { profileId: 'u1', property: 'n' })).status).toBe(200);
    const [profile] = await emu.db.all<{
      first_name: string;
      email: string;
      properties: string;
      is_external: boolean;
    }>(
      `SELECT first_name, email, CAST(properties AS VARCHAR) AS properties, is_external FROM profiles WHERE id = 'u1'`,
    );
    expect(profile!.first_name).toBe('Ada');
    expect(profile!.email).toBe('ada@example.com');
    expect(profile!.is_external).toBe(true);
    expect(JSON.parse(profile!.properties)).toMatchObject({
      plan: 'pro',
      n: '4',
      os: 'macOS',
      browser: 'Chrome',
      device: 'desktop',
    });
    const missing = await send('increment', { profileId: 'nobody', property: 'n' });
    expect(missing).toEqual({ status: 404, body: { status: 404, message: 'Profile not found' } });
    await send('identify', { profileId: 'u2', properties: { word: 'abc' } });
    const nan = await send('increment', { profileId: 'u2', property: 'word' });
    expect(nan).toEqual({
      status: 400,
      body: { status: 400, message: 'Property value is not a number' },
    });
  });

  it('uses profileId on events and __identify.profileId over it', async () => {
    await track('a', {}, {});
    await send('track', { name: 'b', profileId: 42 });
    await send('track', {
      name: 'c',
      profileId: 'p',
      properties: { __identify: { profileId: 'q' } },
    });
    const byName = Object.fromEntries((await rows()).map((r) => [r.name, r]));
    expect(byName.a!.profileId).toBe(byName.a!.deviceId);
    expect(byName.b!.profileId).toBe('42');
    expect(byName.c!.profileId).toBe('q');
  });
});
