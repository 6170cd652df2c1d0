import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password-hash.ts';
import { createTestBff, TEST_ORIGIN, type TestBff } from '../testing/test-bff.ts';

const LOW_COST = { n: 1024, r: 8, p: 1 };
let bff: TestBff | undefined;
afterEach(() => {
  bff?.close();
  bff = undefined;
});

async function start(env: Record<string, string> = {}) {
  bff = await createTestBff({
    env,
    access: {
      mode: 'password',
      users: [{ name: 'ed', role: 'editor', hash: await hashPassword('ed-pw', LOW_COST) }],
      roleHashes: [],
    },
  });
  return bff;
}

/** A login from `address` (the Node socket's remote address, as @hono/node-server passes it). */
async function login(
  username: string,
  password: string,
  address = '10.0.0.1',
  headers: Record<string, string> = {},
) {
  const res = await bff!.app.request(
    `${TEST_ORIGIN}/api/session/login`,
    {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username, password }),
    },
    { incoming: { socket: { remoteAddress: address } } },
  );
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

const WRONG = {
  status: 401,
  retryAfter: null,
  body: { error: { code: 'unauthenticated', message: 'The user name or password is wrong.' } },
};
const LIMITED = (seconds: number) => ({
  status: 429,
  retryAfter: String(seconds),
  body: {
    error: {
      code: 'rate_limited',
      message: 'Too many failed logins. Wait a little and try again.',
    },
  },
});

describe('login throttling', () => {
  it('allows 5 failed logins, then answers 429 with retry-after, even for the right password', async () => {
    await start();
    for (let i = 0; i < 5; i++) expect(await login('ed', 'nope')).toEqual(WRONG);
    expect(await login('ed', 'ed-pw')).toEqual(LIMITED(30));
    bff!.clock.advance(10_000);
    expect(await login('ed', 'ed-pw')).toEqual(LIMITED(20));
    bff!.clock.advance(20_000);
    expect((await login('ed', 'ed-pw')).status).toBe(200);
  });

  it('backs off exponentially: the next failure after a block blocks for twice as long', async () => {
    await start();
    for (let i = 0; i < 5; i++) await login('ed', 'nope');
    bff!.clock.advance(30_000);
    expect(await login('ed', 'nope')).toEqual(WRONG);
    expect(await login('ed', 'nope')).toEqual(LIMITED(60));
  });

  it('treats an unknown user exactly like a known one (no enumeration)', async () => {
    await start();
    for (let i = 0; i < 5; i++) expect(await login('nobody', 'nope')).toEqual(WRONG);
    expect(await login('nobody', 'nope')).toEqual(LIMITED(30));
  });

  it('throttles per user name and address: another address or another user is not blocked', async () => {
    await start();
    for (let i = 0; i < 5; i++) await login('ed', 'nope', '10.0.0.1');
    expect((await login('ed', 'nope', '10.0.0.1')).status).toBe(429);
    expect((await login('ed', 'ed-pw', '10.0.0.2')).status).toBe(200);
    expect(await login('other', 'nope', '10.0.0.1')).toEqual(WRONG);
  });

  it('throttles one address over all user names after 20 failures', async () => {
    await start();
    for (let i = 0; i < 20; i++) expect(await login(`guess${i}`, 'nope')).toEqual(WRONG);
    expect(await login('ed', 'ed-pw')).toEqual(LIMITED(30));
    expect((await login('ed', 'ed-pw', '10.0.0.9')).status).toBe(200);
  });

  it('uses the last x-forwarded-for entry only with TRUST_PROXY', async () => {
    await start({ TRUST_PROXY: '1' });
    // Behind the proxy every socket address is the proxy's; the proxy appends the client's address.
    for (let i = 0; i < 5; i++)
      await login('ed', 'nope', '127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 10.0.0.7' });
    expect((await login('ed', 'nope', '127.0.0.1', { 'x-forwarded-for': '10.0.0.7' })).status).toBe(
      429,
    );
    // A forged left-hand entry does not move the attempt to another key.
    expect(
      (await login('ed', 'ed-pw', '127.0.0.1', { 'x-forwarded-for': '1.2.3.4, 10.0.0.7' })).status,
    ).toBe(429);
    expect(
      (await login('ed', 'ed-pw', '127.0.0.1', { 'x-forwarded-for': '10.0.0.8' })).status,
    ).toBe(200);
  });

  it('ignores x-forwarded-for without TRUST_PROXY', async () => {
    await start();
    for (let i = 0; i < 5; i++)
      await login('ed', 'nope', '10.0.0.1', { 'x-forwarded-for': `10.9.9.${i}` });
    expect((await login('ed', 'ed-pw', '10.0.0.1', { 'x-forwarded-for': '10.9.9.9' })).status).toBe(
      429,
    );
  });
});
