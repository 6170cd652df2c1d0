import { redirect } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { sessionQuery } from './api/session-query.ts';
import type { SessionResponse } from '../../../contract/bff-api.ts';

/**
 * Route guard: when the BFF requires a login and nobody is signed in, go to /login and come back to `href`
 * afterwards. Returns the session so the route can pass it on.
 */
export async function requireSession(
  queryClient: QueryClient,
  href: string,
): Promise<SessionResponse> {
  const session = await queryClient.ensureQueryData(sessionQuery());
  if (session.authRequired && !session.user) {
    throw redirect({ to: '/login', search: { redirect: href } });
  }
  return session;
}
