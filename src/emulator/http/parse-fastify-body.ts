import { fastifyError } from './error-responses.ts';

const BODY_METHODS = new Set(['DELETE', 'OPTIONS', 'PATCH', 'PUT', 'POST']);

export type ParsedBody = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Fastify's body parsing, shared by every emulated route (§1.1, §12.1): JSON, `text/plain` as a string,
 * anything else with a body is a 415. Methods without a body (GET, HEAD) are not parsed at all.
 */
export async function parseFastifyBody(request: Request): Promise<ParsedBody> {
  if (!BODY_METHODS.has(request.method)) return { ok: true, value: undefined };
  const header = request.headers.get('content-type');
  // Fastify 5 matches a parser on the media type alone (parameters such as charset are ignored), so
  // `application/json-patch+json` has no parser and is a 415.
  const mediaType = (header ?? '').split(';')[0]!.trim().toLowerCase();
  const text = await request.text();
  if (header === null) {
    return text === ''
      ? { ok: true, value: undefined }
      : { ok: false, response: fastifyError(415, 'Unsupported Media Type') };
  }
  if (mediaType === 'application/json') {
    if (text === '') {
      const message = "Body cannot be empty when content-type is set to 'application/json'";
      return { ok: false, response: fastifyError(400, message) };
    }
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      const message = "Body is not valid JSON but content-type is set to 'application/json'";
      return { ok: false, response: fastifyError(400, message) };
    }
  }
  if (mediaType === 'text/plain') return { ok: true, value: text };
  return { ok: false, response: fastifyError(415, 'Unsupported Media Type') };
}
