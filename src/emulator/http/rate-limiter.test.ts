import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import { defineRoute } from './define-route.ts';
import { rateLimitKey } from './rate-limiter.ts';

// Expected headers and bodies from shared/openpanel-api.md §3 and §1.3, computed by hand.
const LIMITED =
  '{"status":429,"error":"Too Many Requests","message":"You have exceeded the rate limit for this endpoint."}';

describe('rate limits (§3)', () => {
  let emu: TestEmulator;
  let clock = 0;
  /** An export-group route on the emulator's own limiter, standing in for /export/*. */
  let exportApp: Hono;
  beforeAll(async () => {
    emu = await createTestEmulator({ limiterClock: () => clock });
    exportApp = new Hono();
    exportApp.get(
      '/export/probe',
      defineRoute(emu.ctx, {
        group: 'export',
        auth: 'export',
        coerceQuery: true,
        handler: async () => ({ ok: true }),
      }),
    );
  });
  afterAll(() => emu.close());
  beforeEach(() => {
    clock = 1_000_000;
    emu.ctx.limiter.reset();
  });

  const limitHeaders = (res: Response) => ({
    limit: res.headers.get('x-ratelimit-limit'),
    remaining: res.headers.get('x-ratelimit-remaining'),
    reset: res.headers.get('x-ratelimit-reset'),
    retryAfter: res.headers.get('retry-after'),
  });

  it('puts the headers on 2xx, 400 and 401 responses alike', async () => {
    const ok = await emu.get('/manage/projects');
    expect(ok.status).toBe(200);
    expect(limitHeaders(ok)).toEqual({
      limit: '20',
      remaining: '19',
      reset: '10',
      retryAfter: null,
    });
    clock += 2_500;
    const bad = await emu.request('/manage/references', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...emu.as('root') },
      body: '{}',
    });
    expect(bad.status).toBe(400);
    // 7.5 s left in the window → ceil → 8.
    expect(limitHeaders(bad)).toEqual({
      limit: '20',
      remaining: '18',
      reset: '8',
      retryAfter: null,
    });
    const unauthorized = await emu.request('/manage/projects', {
      headers: { ...emu.as('root'), 'openpanel-client-secret': 'wrong' },
    });
    expect(unauthorized.status).toBe(401);
    expect(limitHeaders(unauthorized)).toMatchObject({ limit: '20', remaining: '17' });
    // The read client has its own key, so its first call starts its own window.
    const read = await emu.get('/manage/projects', 'read');
    expect(read.status).toBe(401);
    expect(limitHeaders(read)).toEqual({
      limit: '20',
      remaining: '19',
      reset: '10',
      retryAfter: null,
    });
  });

  it('answers the 21st manage call with 429 and retry-after, before validation and auth', async () => {
    for (let i = 0; i < 20; i++) expect((await emu.get('/manage/projects')).status).toBe(200);
    clock += 3_500;
    // Invalid body and a wrong secret: the limit still answers first.
    const res = await emu.request('/manage/references', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...emu.as('root'),
        'openpanel-client-secret': 'wrong',
      },
      body: '{',
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.text()).toBe(LIMITED);
    expect(limitHeaders(res)).toEqual({ limit: '20', remaining: '0', reset: '7', retryAfter: '7' });
  });

  it('starts a new window 10 s after the first hit', async () => {
    for (let i = 0; i < 21; i++) await emu.get('/manage/projects');
    clock += 9_999;
    expect((await emu.get('/manage/projects')).status).toBe(429);
    clock += 1;
    const res = await emu.get('/manage/projects');
    expect(res.status).toBe(200);
    expect(limitHeaders(res)).toEqual({
      limit: '20',
      remaining: '19',
      reset: '10',
      retryAfter: null,
    });
  });

  it('shares one counter per client id across groups, each checked against its own max', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await exportApp.request('/export/probe', { headers: emu.as('root') });
      expect(res.status).toBe(200);
    }
    const last = await exportApp.request('/export/probe', { headers: emu.as('root') });
    expect(limitHeaders(last)).toMatchObject({ limit: '100', remaining: '79' });
    // 22nd request of the window, over manage's 20.
    expect((await emu.get('/manage/projects')).status).toBe(429);
    // …but still within export's 100.
    const after = await exportApp.request('/export/probe', { headers: emu.as('root') });
    expect(after.status).toBe(200);
    expect(limitHeaders(after)).toMatchObject({ limit: '100', remaining: '77' });
  });

  it('keys by client id even when it is garbage, so other clients are unaffected', async () => {
    const garbage = { 'openpanel-client-id': 'not-a-uuid' };
    for (let i = 0; i < 20; i++) await emu.request('/manage/projects', { headers: garbage });
    const res = await emu.request('/manage/projects', { headers: garbage });
    expect(res.status).toBe(429);
    expect((await emu.get('/manage/projects')).status).toBe(200);
  });
});

describe('rateLimitKey', () => {
  it('falls back through the IP headers to the literal "undefined"', () => {
    expect(rateLimitKey(new Headers({ 'openpanel-client-id': 'c', 'x-real-ip': 'r' }))).toBe('c');
    expect(rateLimitKey(new Headers({ 'openpanel-client-id': '', 'x-real-ip': 'r' }))).toBe('r');
    expect(rateLimitKey(new Headers({ 'x-client-ip': 'c', 'x-forwarded-for': 'f' }))).toBe('c');
    expect(rateLimitKey(new Headers({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2' }))).toBe(
      '1.1.1.1, 2.2.2.2',
    );
    expect(rateLimitKey(new Headers())).toBe('undefined');
  });
});
