import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { ShareView } from '../../contract/bff-api.ts';
import {
  csrfTokenFor,
  decodeSession,
  SESSION_COOKIE,
  type SessionPayload,
} from '../auth/session-token.ts';
import { canonicalSearch, checkShareToken, type ShareGrant } from '../auth/share-token.ts';
import type { BffDeps, BffEnv } from '../bff-deps.ts';
import { BffHttpError } from './bff-http-error.ts';
import { timingSafeEqual } from 'node:crypto';

export function sessionOf(c: Context<BffEnv>, deps: BffDeps): SessionPayload | null {
  return decodeSession(deps.sessionSecret, getCookie(c, SESSION_COOKIE), deps.clock.now());
}

/** The grant of the request's `x-share-token`: 401 without one, 403 when it is forged or expired. */
function shareGrantOf(c: Context<BffEnv>, deps: BffDeps): ShareGrant {
  const token = c.req.header('x-share-token');
  if (token === undefined) throw new BffHttpError(401, 'unauthenticated', 'Log in to see this.');
  const check = checkShareToken(deps.shareSecret, token, deps.clock.now());
  if (!check.ok) {
    throw new BffHttpError(
      403,
      check.reason,
      check.reason === 'share_expired'
        ? 'This shared link has expired.'
        : 'This shared link is not valid.',
    );
  }
  return check.grant;
}

const otherView = () =>
  new BffHttpError(403, 'forbidden', 'A shared link opens only the view it was made for.');

/**
 * Reads: a session (any role), open access on loopback, or a share token for exactly this project, this
 * view's endpoint and exactly the query string it was issued for.
 */
export function requireRead(
  c: Context<BffEnv>,
  deps: BffDeps,
  projectId?: string,
  view?: ShareView,
): void {
  if (c.get('session') || deps.access.mode === 'open') return;
  const grant = shareGrantOf(c, deps);
  const search = new URL(c.req.url).search;
  if (
    view === undefined ||
    grant.view !== view ||
    grant.projectId !== projectId ||
    canonicalSearch(grant.search) !== canonicalSearch(search)
  ) {
    throw otherView();
  }
}

/** Which references a read may list: all of them, or only those the one shared chart can show. */
export type ReferenceReadScope = { kind: 'all' } | { kind: 'share'; grant: ShareGrant };

/**
 * The references list for a reader: sessions and open access see every reference of the project. A chart
 * share token for this project sees only what its chart draws; the caller derives that window from the
 * grant itself, never from the request, so a visitor cannot widen it. Funnel tokens get nothing here yet.
 */
export function readScopeForReferences(
  c: Context<BffEnv>,
  deps: BffDeps,
  projectId: string | undefined,
): ReferenceReadScope {
  if (c.get('session') || deps.access.mode === 'open') return { kind: 'all' };
  const grant = shareGrantOf(c, deps);
  if (grant.view !== 'chart' || grant.projectId !== projectId) throw otherView();
  return { kind: 'share', grant };
}

function expectedOrigin(c: Context, deps: BffDeps): string {
  return deps.env.PUBLIC_ORIGIN
    ? new URL(deps.env.PUBLIC_ORIGIN).origin
    : new URL(c.req.url).origin;
}

/** Same-origin `Origin` header: browsers always send it on POST/PATCH/DELETE, attackers' pages cannot fake it. */
export function requireSameOrigin(c: Context<BffEnv>, deps: BffDeps): void {
  const origin = c.req.header('origin');
  if (origin === undefined || origin !== expectedOrigin(c, deps)) {
    throw new BffHttpError(403, 'csrf', 'This change must come from the dashboard itself.');
  }
}

/** Writes: same origin, a session with the editor role, and its CSRF token in `x-csrf-token`. */
export function requireEditor(c: Context<BffEnv>, deps: BffDeps): SessionPayload {
  requireSameOrigin(c, deps);
  const session = c.get('session');
  if (!session) throw new BffHttpError(401, 'unauthenticated', 'Log in to make changes.');
  const given = Buffer.from(c.req.header('x-csrf-token') ?? '');
  const expected = Buffer.from(csrfTokenFor(deps.sessionSecret, session));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new BffHttpError(403, 'csrf', 'The page is out of date. Reload it and try again.');
  }
  if (session.r !== 'editor')
    throw new BffHttpError(403, 'forbidden', 'Only editors can make changes.');
  return session;
}
