import type { Context, Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { loginRequestSchema, type SessionResponse } from '../../contract/bff-api.ts';
import { verifyPassword } from '../auth/password-hash.ts';
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

/** A user whose password matches: named users first, then the per-role passwords (any display name). */
async function authenticate(deps: BffDeps, username: string, password: string) {
  if (deps.access.mode !== 'password') return null;
  const user = deps.access.users.find((u) => u.name === username);
  if (user)
    return (await verifyPassword(password, user.hash))
      ? { name: user.name, role: user.role }
      : null;
  for (const { role, hash } of deps.access.roleHashes) {
    if (await verifyPassword(password, hash)) return { name: username, role };
  }
  return null;
}

export function registerSessionRoutes(app: Hono<BffEnv>, deps: BffDeps): void {
  const ttlMs = deps.env.SESSION_TTL_HOURS * 3_600_000;

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
    const user = await authenticate(deps, username, password);
    if (!user)
      throw new BffHttpError(401, 'unauthenticated', 'The user name or password is wrong.');
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
