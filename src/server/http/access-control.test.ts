import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password-hash.ts';
import { createTestBff, TEST_ORIGIN, type TestBff } from '../testing/test-bff.ts';

let bff: TestBff;
const LOW_COST = { n: 1024, r: 8, p: 1 };

beforeAll(async () => {
  bff = await createTestBff({
    access: {
      mode: 'password',
      users: [
        { name: 'vera', role: 'viewer', hash: await hashPassword('vera-pw', LOW_COST) },
        { name: 'ed', role: 'editor', hash: await hashPassword('ed-pw', LOW_COST) },
      ],
      roleHashes: [],
    },
  });
});
afterAll(async () => bff.close());

async function login(username: string, password: string) {
  const res = await bff.request('/api/session/login', {
    method: 'POST',
    headers: { origin: TEST_ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const body = (await res.json()) as { csrfToken: string; user: { role: string } };
  return {
    status: res.status,
    cookie,
    csrf: body.csrfToken,
    setCookie: res.headers.get('set-cookie') ?? '',
  };
}

const referenceBody = JSON.stringify({ title: 'T', datetime: '2026-08-01T00:00:00.000Z' });
async function write(headers: Record<string, string>) {
  const res = await bff.request('/api/projects/demo/references', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: referenceBody,
  });
  return {
    status: res.status,
    code:
      res.status === 200 ? 'ok' : ((await res.json()) as { error: { code: string } }).error.code,
  };
}

describe('access control', () => {
  it('rejects a wrong password and reads without a session', async () => {
    expect((await login('ed', 'nope')).status).toBe(401);
    const res = await bff.request('/api/projects');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'unauthenticated', message: 'Log in to see this.' },
    });
  });

  it('sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const { setCookie } = await login('vera', 'vera-pw');
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
  });

  it('enforces the role × CSRF × Origin matrix on writes', async () => {
    const viewer = await login('vera', 'vera-pw');
    const editor = await login('ed', 'ed-pw');
    const cases: [string, Record<string, string>, string][] = [
      ['no session', { origin: TEST_ORIGIN }, 'unauthenticated'],
      [
        'viewer, all tokens',
        { cookie: viewer.cookie, 'x-csrf-token': viewer.csrf, origin: TEST_ORIGIN },
        'forbidden',
      ],
      ['editor, no origin', { cookie: editor.cookie, 'x-csrf-token': editor.csrf }, 'csrf'],
      [
        'editor, foreign origin',
        { cookie: editor.cookie, 'x-csrf-token': editor.csrf, origin: 'http://evil.test' },
        'csrf',
      ],
      ['editor, no csrf token', { cookie: editor.cookie, origin: TEST_ORIGIN }, 'csrf'],
      [
        'editor, viewer csrf token',
        { cookie: editor.cookie, 'x-csrf-token': viewer.csrf, origin: TEST_ORIGIN },
        'csrf',
      ],
      [
        'editor, forged cookie',
        { cookie: `${editor.cookie}x`, 'x-csrf-token': editor.csrf, origin: TEST_ORIGIN },
        'unauthenticated',
      ],
      [
        'editor, all tokens',
        { cookie: editor.cookie, 'x-csrf-token': editor.csrf, origin: TEST_ORIGIN },
        'ok',
      ],
    ];
    for (const [name, headers, expected] of cases) {
      expect([name, (await write(headers)).code]).toEqual([name, expected]);
    }
  });

  it('lets a viewer read', async () => {
    const viewer = await login('vera', 'vera-pw');
    expect(
      (await bff.request('/api/projects', { headers: { cookie: viewer.cookie } })).status,
    ).toBe(200);
  });

  it('expires sessions after SESSION_TTL_HOURS (12 h by default)', async () => {
    const viewer = await login('vera', 'vera-pw');
    bff.clock.advance(12 * 3_600_000 + 1);
    expect(
      (await bff.request('/api/projects', { headers: { cookie: viewer.cookie } })).status,
    ).toBe(401);
  });

  it('sets the security headers on API and non-API responses', async () => {
    for (const path of ['/api/config', '/nowhere']) {
      const res = await bff.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    const https = await bff.app.request('https://dash.test/api/config');
    expect(https.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});

describe('share links', () => {
  const series = encodeURIComponent(JSON.stringify([{ name: 'screen_view' }]));
  const search = `series=${series}&range=7d`;

  async function share(ttlHours?: number) {
    const editor = await login('ed', 'ed-pw');
    const res = await bff.request('/api/share-links', {
      method: 'POST',
      headers: {
        cookie: editor.cookie,
        'x-csrf-token': editor.csrf,
        origin: TEST_ORIGIN,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ view: 'chart', projectId: 'demo', search, ttlHours }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { token: string; url: string; expiresAt: string };
  }

  it('opens exactly its view without a session, and nothing else', async () => {
    const { token, url } = await share();
    expect(url).toBe(`/s/${token}`);
    const info = await bff.request(`/api/share/${token}`);
    expect(await info.json()).toMatchObject({ view: 'chart', projectId: 'demo', search });
    const h = { 'x-share-token': token };
    expect(
      (await bff.request(`/api/projects/demo/chart?range=7d&series=${series}`, { headers: h }))
        .status,
    ).toBe(200);
    expect(
      (await bff.request(`/api/projects/demo/chart?series=${series}&range=30d`, { headers: h }))
        .status,
    ).toBe(403);
    expect((await bff.request(`/api/projects/blog/chart?${search}`, { headers: h })).status).toBe(
      403,
    );
    expect((await bff.request(`/api/projects/demo/funnel?${search}`, { headers: h })).status).toBe(
      403,
    );
    // References are listed, but only those inside the shared chart's window (share-references.test.ts).
    expect((await bff.request('/api/projects/demo/references', { headers: h })).status).toBe(200);
    expect((await bff.request('/api/projects/blog/references', { headers: h })).status).toBe(403);
  });

  it('answers 403 share_invalid for a tampered token and share_expired after expiry', async () => {
    const { token } = await share(1);
    const [body, sig] = token.split('.') as [string, string];
    const forged = Buffer.from(
      JSON.stringify({ v: 'chart', p: 'blog', s: search, e: 9e15 }),
    ).toString('base64url');
    for (const bad of [`${forged}.${sig}`, `${body}.${sig.slice(0, -2)}AA`, 'garbage']) {
      const res = await bff.request(`/api/share/${bad}`);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('share_invalid');
    }
    bff.clock.advance(3_600_001);
    const expired = await bff.request(`/api/share/${token}`);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { error: { code: string } }).error.code).toBe(
      'share_expired',
    );
    const data = await bff.request(`/api/projects/demo/chart?${search}`, {
      headers: { 'x-share-token': token },
    });
    expect(((await data.json()) as { error: { code: string } }).error.code).toBe('share_expired');
  });
});
