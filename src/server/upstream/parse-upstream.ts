import * as z from 'zod/mini';
import { UpstreamError } from './upstream-error.ts';

/**
 * Results of earlier parses, per upstream body object and schema. A cache hit hands every viewer the SAME
 * body object, so it is validated once, not once per viewer (bodies and results are never mutated).
 */
const parsedBodies = new WeakMap<object, WeakMap<z.core.$ZodType, unknown>>();

/** Upstream bodies are parsed with the src/contract schemas; a mismatch is the upstream's fault (502). */
export function parseUpstream<T extends z.core.$ZodType>(schema: T, body: unknown): z.infer<T> {
  const memo = typeof body === 'object' && body !== null ? parsedBodies.get(body) : undefined;
  if (memo?.has(schema)) return memo.get(schema) as z.infer<T>;
  const result = z.safeParse(schema, body);
  if (!result.success) {
    throw new UpstreamError(
      'invalid_response',
      `unexpected upstream body: ${result.error.issues[0]?.message ?? ''}`,
    );
  }
  if (typeof body === 'object' && body !== null) {
    const perSchema = memo ?? new WeakMap<z.core.$ZodType, unknown>();
    perSchema.set(schema, result.data);
    if (!memo) parsedBodies.set(body, perSchema);
  }
  return result.data;
}
