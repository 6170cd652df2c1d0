/**
 * The upstream's error bodies, byte for byte (shared/openpanel-api.md §1.3). Several differ in which
 * keys they carry: 401s have no `status`, handler errors have no `error`, production 500s are plain text.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

export function jsonResponse(
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): Response {
  const h = new Headers(headers);
  h.set('content-type', JSON_TYPE);
  return new Response(JSON.stringify(body), { status, headers: h });
}

export function textResponse(
  status: number,
  text: string,
  headers?: Record<string, string>,
): Response {
  const h = new Headers(headers);
  h.set('content-type', 'text/plain; charset=utf-8');
  return new Response(text, { status, headers: h });
}

/** Schema validation: `{"status":400,"error":"Error","message":"querystring/limit …"}`. */
export const validationError = (message: string) =>
  jsonResponse(400, { status: 400, error: 'Error', message });

/** Auth failure on export, insights, manage and import: no `status` key. */
export const unauthorized = (message: string) =>
  jsonResponse(401, { error: 'Unauthorized', message });

export const forbiddenProject = () =>
  jsonResponse(403, {
    error: 'Forbidden',
    message: 'Project does not belong to your organization',
  });

/** Errors a handler raises itself: `{"status":404,"message":"Project not found"}`, no `error` key. */
export const handlerError = (status: number, message: string) =>
  jsonResponse(status, { status, message });

export const fastifyError = (status: 400 | 415, message: string) =>
  jsonResponse(status, { status, error: 'FastifyError', message });

/** Production (the cloud API) answers uncaught errors with this plain text. */
export const internalError = () => textResponse(500, 'Internal server error');

/** Fastify's generic 404 quotes the raw URL, query string included; it is not rate-limited or authed. */
export const routeNotFound = (method: string, rawPathAndQuery: string) =>
  jsonResponse(404, {
    message: `Route ${method}:${rawPathAndQuery} not found`,
    error: 'Not Found',
    statusCode: 404,
  });

/** Thrown by handlers for the `{status, message}` envelope. */
export class HandlerError extends Error {
  constructor(
    readonly status: 400 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}
