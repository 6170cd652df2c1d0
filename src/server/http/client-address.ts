import type { Context } from 'hono';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The address a request came from, for login throttling. `x-forwarded-for` is trusted only when TRUST_PROXY
 * says a reverse proxy sits in front (then its LAST entry is the one that proxy added; anything to the left
 * came from the client and can be forged). Without the Node socket (in-process tests) it is `unknown`.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown';
}
