import type { z } from 'zod';
import { UpstreamError } from './upstream-error.ts';

/** Upstream bodies are parsed with the src/contract schemas; a mismatch is the upstream's fault (502). */
export function parseUpstream<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new UpstreamError(
      'invalid_response',
      `unexpected upstream body: ${result.error.issues[0]?.message ?? ''}`,
    );
  }
  return result.data;
}
