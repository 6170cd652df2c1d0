import type { z } from 'zod/mini';
import { configureZodEnglish } from '../../contract/configure-zod-english.ts';

// The messages below must be zod's English ones, byte for byte (§1.3); zod/mini does not load them itself.
configureZodEnglish();

export type RequestPart = 'params' | 'body' | 'querystring';

/**
 * fastify-zod-openapi's message: `<part>/<path joined by "/"> <zod message>`, issues joined with ", ".
 * A root issue has an empty path, hence `body/ Invalid input: …` (shared/openpanel-api.md §1.3).
 */
export function validationMessage(part: RequestPart, error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => `${part}/${issue.path.map(String).join('/')} ${issue.message}`)
    .join(', ');
}
