import type { Context } from 'hono';

/**
 * Applied to every response. The CSP allows no inline script (the SPA's build has none); inline styles stay
 * allowed because charts set style attributes. Referrer-Policy `no-referrer` keeps share-link tokens in
 * `/s/<token>` from leaking to other sites.
 */
export function applySecurityHeaders(
  c: Context,
  frameAncestors: string | undefined,
  https: boolean,
): void {
  const ancestors = frameAncestors ?? "'none'";
  const h = c.res.headers;
  h.set(
    'content-security-policy',
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      `frame-ancestors ${ancestors}`,
    ].join('; '),
  );
  h.set('x-content-type-options', 'nosniff');
  h.set('referrer-policy', 'no-referrer');
  h.set('cross-origin-opener-policy', 'same-origin');
  h.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (ancestors === "'none'") h.set('x-frame-options', 'DENY');
  if (https) h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
}
