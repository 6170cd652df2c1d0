import type { Context, Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { loginRequestSchema, type SessionResponse } from '../../contract/bff-api.ts';
import { authenticateLogin } from '../auth/authenticate-login.ts';
import { createLoginThrottle } from '../auth/login-throttle.ts';
import {
  csrfTokenFor,
  encodeSession,
  newSession,
  SESSION_COOKIE,
  type SessionPayload,
} from '../auth/session-token.ts';
import type { BffDeps, BffEnv } from '../bff-deps.ts';
import { requireSameOrigin } from '../http/access-guard.ts';
import { BffHttpError } from '../http/bff-http-error.ts';
import { clientAddress } from '../http/client-address.ts';
import { validBody } from '../http/request-input.ts';

function sessionBody(deps: BffDeps, session: SessionPayload | null): SessionResponse {
  return {
    user: session ? { name: session.u, role: session.r } : null,
    csrfToken: session ? csrfTokenFor(deps.sessionSecret, session) : null,
    authRequired: deps.access.mode === 'password',
  };
}

function writeCookie(c: Context, deps: BffDeps, session: SessionPayload) {
  setCookie(c, SESSION_COOKIE, encodeSession(deps.sessionSecret, session), {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: Math.floor((session.e - deps.clock.now()) / 1000),
  });
}

/** Failed logins allowed per user name and address, and per address over all names, before backoff. */
const FREE_PER_USER = 5;
const FREE_PER_ADDRESS = 20;

export function registerSessionRoutes(app: Hono<BffEnv>, deps: BffDeps): void {
  const ttlMs = deps.env.SESSION_TTL_HOURS * 3_600_000;
  const throttle = createLoginThrottle({ clock: deps.clock });

  app.get('/api/config', (c) =>
    c.json({ mode: deps.mode, timezone: deps.env.OPENPANEL_TIMEZONE, auth: deps.access.mode }),
  );

  app.get('/api/session', (c) => {
    let session = c.get('session');
    // Open access (loopback, no settings): everyone is the local editor; the cookie carries the CSRF nonce.
    if (!session && deps.access.mode === 'open') {
      session = newSession({ name: 'local', role: 'editor' }, deps.clock.now(), ttlMs);
      writeCookie(c, deps, session);
    }
    c.header('cache-control', 'no-store');
    return c.json(sessionBody(deps, session));
  });

  app.post('/api/session/login', async (c) => {
    requireSameOrigin(c, deps);
    const { username, password } = await validBody(c, loginRequestSchema);
    const address = clientAddress(c, deps.env.TRUST_PROXY ?? false);
    // Per name+address, so guessing one account backs off; per address too, because with role passwords
    // any name works and a guesser would otherwise just change the name.
    const keys = [
      { key: `user\n${username.toLowerCase()}\n${address}`, free: FREE_PER_USER },
      { key: `address\n${address}`, free: FREE_PER_ADDRESS },
    ];
    const waitMs = throttle.waitMs(keys);
    if (waitMs > 0) {
      throw new BffHttpError(
        429,
        'rate_limited',
        'Too many failed logins. Wait a little and try again.',
        undefined,
        undefined,
        Math.ceil(waitMs / 1000),
      );
    }
    const user = await authenticateLogin(deps.access, username, password);
    if (!user) {
      throttle.failed(keys);
      throw new BffHttpError(401, 'unauthenticated', 'The user name or password is wrong.');
    }
    throttle.succeeded(keys[0]!.key);
    const session = newSession(user, deps.clock.now(), ttlMs);
    writeCookie(c, deps, session);
    c.header('cache-control', 'no-store');
    return c.json(sessionBody(deps, session));
  });

  app.post('/api/session/logout', (c) => {
    requireSameOrigin(c, deps);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json(sessionBody(deps, null));
  });
}
