import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { roleSchema } from '../../contract/bff-api.ts';
import { signToken, verifyToken } from './signed-token.ts';

export const SESSION_COOKIE = 'opd_session';

const sessionPayloadSchema = z.object({
  u: z.string(),
  r: roleSchema,
  /** Expiry, epoch ms. */
  e: z.number(),
  /** Random id; the CSRF token is an HMAC of it, so it never appears in the cookie itself. */
  n: z.string(),
});
export type SessionPayload = z.infer<typeof sessionPayloadSchema>;

export function newSession(
  user: { name: string; role: SessionPayload['r'] },
  now: number,
  ttlMs: number,
): SessionPayload {
  return { u: user.name, r: user.role, e: now + ttlMs, n: randomBytes(16).toString('base64url') };
}

export function encodeSession(secret: string, session: SessionPayload): string {
  return signToken(secret, 'session', session);
}

/** The session, or null when the cookie is missing, forged or expired. */
export function decodeSession(
  secret: string,
  token: string | undefined,
  now: number,
): SessionPayload | null {
  if (!token) return null;
  const parsed = sessionPayloadSchema.safeParse(verifyToken(secret, 'session', token));
  if (!parsed.success || parsed.data.e <= now) return null;
  return parsed.data;
}

export function csrfTokenFor(secret: string, session: SessionPayload): string {
  return createHmac('sha256', secret).update(`csrf\n${session.n}`).digest('base64url');
}
