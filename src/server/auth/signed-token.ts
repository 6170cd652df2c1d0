import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `<payload base64url>.<HMAC-SHA256 base64url>`: stateless, so any BFF instance sharing the secret accepts
 * it. The purpose string is mixed into the MAC so a session cookie can never pass as a share token.
 */
export function signToken(secret: string, purpose: string, payload: unknown): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(secret, purpose, body)}`;
}

/** The decoded payload, or null when the token is malformed or its signature does not match. */
export function verifyToken(secret: string, purpose: string, token: string): unknown {
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [body, signature] = parts as [string, string];
  const expected = Buffer.from(mac(secret, purpose, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

function mac(secret: string, purpose: string, body: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${body}`).digest('base64url');
}
