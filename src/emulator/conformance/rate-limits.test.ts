import { afterAll, beforeEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * shared/openpanel-api.md §3: one fixed 10 s window per key, shared by export, insights and manage
 * (production's Redis store), each group comparing the shared count with its own max; headers on every
 * response; 429 before validation and auth. Requests use invalid input so they stop at validation and
 * never pay for scrypt.
 */
let emu: TestEmulator;
let clock = 1_000_000;

beforeAll(async () => {
  emu = await createTestEmulator({ limiterClock: () => clock, exportFunnel: false });
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.ctx.limiter.reset();
  clock = 1_000_000;
});

const KEY = { 'openpanel-client-id': 'not-a-uuid-garbage' };
const exportBad = (h: Record<string, string> = KEY) =>
  emu.request('/export/events?limit=abc', { headers: h });
const limitHeaders = (res: Response) => ({
  limit: res.headers.get('x-ratelimit-limit'),
  remaining: res.headers.get('x-ratelimit-remaining'),
  reset: res.headers.get('x-ratelimit-reset'),
  retryAfter: res.headers.get('retry-after'),
});

describe('§3 rate limits', () => {
  it('puts the three headers on a 400', async () => {
    const res = await exportBad();
    expect(res.status).toBe(400);
    expect(limitHeaders(res)).toEqual({
      limit: '100',
      remaining: '99',
      reset: '10',
      retryAfter: null,
    });
  });

  it('puts the headers on a 401 too', async () => {
    const res = await emu.request('/export/events', { headers: KEY });
    expect(res.status).toBe(401);
    expect(limitHeaders(res)).toEqual({
      limit: '100',
      remaining: '99',
      reset: '10',
      retryAfter: null,
    });
  });

  it('the 101st export request in a window is 429 with retry-after, before validation', async () => {
    for (let i = 0; i < 100; i++) await exportBad();
    clock += 2_500;
    const res = await exportBad();
    expect(res.status).toBe(429);
    // ceil(7500 ms / 1000) = 8
    expect(limitHeaders(res)).toEqual({
      limit: '100',
      remaining: '0',
      reset: '8',
      retryAfter: '8',
    });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.text()).toBe(
      '{"status":429,"error":"Too Many Requests","message":"You have exceeded the rate limit for this endpoint."}',
    );
  });

  it('the 100th request still passes with remaining 0', async () => {
    for (let i = 0; i < 99; i++) await exportBad();
    const res = await exportBad();
    expect(res.status).toBe(400);
    expect(limitHeaders(res).remaining).toBe('0');
  });

  it('a new window starts after 10 s', async () => {
    for (let i = 0; i < 101; i++) await exportBad();
    clock += 10_000;
    const res = await exportBad();
    expect(res.status).toBe(400);
    expect(limitHeaders(res).remaining).toBe('99');
  });

  it('export and manage share one counter: 20 export calls make the next manage call 429', async () => {
    for (let i = 0; i < 20; i++) await exportBad();
    const res = await emu.request('/manage/projects', { headers: KEY });
    expect(res.status).toBe(429);
    expect(limitHeaders(res)).toEqual({
      limit: '20',
      remaining: '0',
      reset: '10',
      retryAfter: '10',
    });
  });

  it('manage calls use up export budget (remaining counts the shared hits)', async () => {
    for (let i = 0; i < 5; i++) await emu.request('/manage/projects', { headers: KEY });
    const res = await exportBad();
    expect(limitHeaders(res).remaining).toBe('94');
  });

  it('insights has max 100 and shares the counter', async () => {
    await exportBad();
    const res = await emu.request('/insights/demo/funnel?steps=a', { headers: KEY });
    expect(res.status).toBe(400);
    expect(limitHeaders(res)).toEqual({
      limit: '100',
      remaining: '98',
      reset: '10',
      retryAfter: null,
    });
  });

  it('different client ids have separate windows', async () => {
    for (let i = 0; i < 101; i++) await exportBad();
    const res = await exportBad({ 'openpanel-client-id': 'other' });
    expect(res.status).toBe(400);
  });

  it('without a client id the x-real-ip header is the key; none at all share "undefined"', async () => {
    for (let i = 0; i < 3; i++) await exportBad({ 'x-real-ip': '1.2.3.4' });
    expect(limitHeaders(await exportBad({ 'x-real-ip': '1.2.3.4' })).remaining).toBe('96');
    expect(limitHeaders(await exportBad({})).remaining).toBe('99');
    expect(limitHeaders(await exportBad({})).remaining).toBe('98');
  });

  it('import is not rate-limited', async () => {
    const res = await emu.request('/import/events', { method: 'POST', headers: KEY });
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
  });
});
