import type { Context } from 'hono';

/**
 * @fastify/cors is registered on the whole API (`origin: '*'`, 7-day max-age), so a browser preflight to
 * any public route answers 204 with the default methods and the requested headers echoed (§1.5, §12.0).
 */
export function corsPreflight(c: Context): Response {
  const headers = new Headers({
    'access-control-allow-methods': 'GET,HEAD,POST',
    'access-control-max-age': '604800',
  });
  const requested = c.req.header('access-control-request-headers');
  if (requested) headers.set('access-control-allow-headers', requested);
  return new Response(null, { status: 204, headers });
}
