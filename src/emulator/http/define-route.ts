import type { Context } from 'hono';
import * as z from 'zod/mini';
import type { EmulatorContext } from '../emulator-context.ts';
import { authenticateClient, type AuthScope, type ClientRow } from './client-auth.ts';
import {
  HandlerError,
  handlerError,
  internalError,
  jsonResponse,
  unauthorized,
  validationError,
} from './error-responses.ts';
import { parseFastifyBody } from './parse-fastify-body.ts';
import { coerceQuery, parseRawQuery, type RawQuery } from './query-coercion.ts';
import { rateLimitKey, type RateLimitGroup } from './rate-limiter.ts';
import { validationMessage } from './validation-message.ts';

export interface RouteInput<P, B, Q> {
  params: P;
  body: B;
  query: Q;
  client: ClientRow;
  ctx: EmulatorContext;
  request: Request;
}

export interface RouteSpec<P, B, Q> {
  /** Rate-limit group, or null for routes without a limit (import). */
  group: RateLimitGroup | null;
  auth: AuthScope;
  /** Export and insights coerce query values (§1.2); manage keeps raw strings. */
  coerceQuery: boolean;
  // Core types: the contract's schemas are zod/mini, a route's own may be classic zod; both parse alike.
  params?: z.core.$ZodType<P>;
  body?: z.core.$ZodType<B>;
  query?: z.core.$ZodType<Q>;
  /** A returned Response is sent as is; any other value becomes a 200 JSON body. */
  handler: (input: RouteInput<P, B, Q>) => Promise<unknown>;
}

/**
 * Builds a Hono handler that runs the real server's order (shared/openpanel-api.md §1.1):
 * rate limit → body parsing → query coercion → validation (params, body, querystring; first failing
 * part only) → auth → handler. Rate-limit headers go on every response, errors included.
 */
export function defineRoute<P = undefined, B = undefined, Q = undefined>(
  ctx: EmulatorContext,
  spec: RouteSpec<P, B, Q>,
) {
  return async (c: Context): Promise<Response> => {
    const request = c.req.raw;
    let limitHeaders: Record<string, string> = {};
    const withLimitHeaders = (response: Response) => {
      for (const [k, v] of Object.entries(limitHeaders)) response.headers.set(k, v);
      return response;
    };

    if (spec.group) {
      const verdict = ctx.limiter.hit(rateLimitKey(request.headers), spec.group);
      limitHeaders = verdict.headers;
      if (verdict.limited) {
        return withLimitHeaders(
          jsonResponse(429, {
            status: 429,
            error: 'Too Many Requests',
            message: 'You have exceeded the rate limit for this endpoint.',
          }),
        );
      }
    }

    const body = await parseFastifyBody(request);
    if (!body.ok) return withLimitHeaders(body.response);

    const rawQuery: RawQuery = parseRawQuery(new URL(request.url).search);
    const queryInput = spec.coerceQuery ? coerceQuery(rawQuery) : rawQuery;

    const parts = [
      ['params', spec.params, c.req.param()],
      ['body', spec.body, body.value],
      ['querystring', spec.query, queryInput],
    ] as const;
    const parsed: Record<string, unknown> = {};
    for (const [part, schema, input] of parts) {
      if (!schema) continue;
      // Fastify validates a missing part as null, hence `body/ … expected object, received null` (§1.3).
      const result = z.safeParse(schema, input === undefined ? null : input);
      if (!result.success) {
        return withLimitHeaders(validationError(validationMessage(part, result.error)));
      }
      parsed[part] = result.data;
    }

    const auth = await authenticateClient(ctx.db, request.headers, spec.auth);
    if (!auth.ok) return withLimitHeaders(unauthorized(auth.message));

    try {
      const result = await spec.handler({
        params: parsed.params as P,
        body: parsed.body as B,
        query: parsed.querystring as Q,
        client: auth.client,
        ctx,
        request,
      });
      return withLimitHeaders(result instanceof Response ? result : jsonResponse(200, result));
    } catch (error) {
      if (error instanceof HandlerError) {
        return withLimitHeaders(handlerError(error.status, error.message));
      }
      // Production answers every other error with plain text; keep the cause visible to developers.
      if (process.env.EMULATOR_LOG_ERRORS !== '0') console.error('[emulator]', error);
      return withLimitHeaders(internalError());
    }
  };
}
