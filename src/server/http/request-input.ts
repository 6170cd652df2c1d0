import type { Context } from 'hono';
import * as z from 'zod/mini';
import { BffHttpError, validationError } from './bff-http-error.ts';

/**
 * The query string as a flat object; a repeated key is a 400, so no value is silently dropped, unless it is
 * one of `repeatable`: those become an array when (and only when) they repeat.
 */
export function queryObject(
  c: Context,
  repeatable: readonly string[] = [],
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(c.req.url).searchParams) {
    const seen = out[key];
    if (seen === undefined) {
      out[key] = value;
    } else if (repeatable.includes(key)) {
      out[key] = Array.isArray(seen) ? [...seen, value] : [seen, value];
    } else {
      throw new BffHttpError(400, 'bad_request', `The parameter "${key}" is repeated`, {
        [key]: ['Give it once'],
      });
    }
  }
  return out;
}

export function validQuery<T extends z.core.$ZodType>(
  c: Context,
  schema: T,
  repeatable: readonly string[] = [],
): z.infer<T> {
  const result = z.safeParse(schema, queryObject(c, repeatable));
  if (!result.success) throw validationError(result.error, 'query');
  return result.data;
}

/** JSON bodies only (a form post from another site cannot be JSON without a CORS preflight). */
export async function validBody<T extends z.core.$ZodType>(
  c: Context,
  schema: T,
): Promise<z.infer<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new BffHttpError(400, 'bad_request', 'Send the body as application/json');
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new BffHttpError(400, 'bad_request', 'The body is not valid JSON');
  }
  const result = z.safeParse(schema, body);
  if (!result.success) throw validationError(result.error, 'body');
  return result.data;
}

export function validParam<T extends z.core.$ZodType>(
  schema: T,
  value: string | undefined,
  name: string,
): z.infer<T> {
  const result = z.safeParse(schema, value);
  if (!result.success) {
    throw new BffHttpError(400, 'bad_request', `The ${name} is not valid`, {
      [name]: result.error.issues.map((i) => i.message),
    });
  }
  return result.data;
}
