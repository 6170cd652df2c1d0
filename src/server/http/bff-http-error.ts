import type { z } from 'zod/mini';
import type { BffError, BffErrorCode } from '../../contract/bff-api.ts';
import { configureZodEnglish } from '../../contract/configure-zod-english.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';

// Field messages in 400 details are zod's English defaults where a schema names none; zod/mini does not
// load that locale itself, so it is set here, where issues become text.
configureZodEnglish();

/** Thrown anywhere in a route; the app's error handler turns it into the one browser envelope. */
export class BffHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: BffErrorCode,
    message: string,
    readonly details?: Record<string, string[]>,
    readonly upstreamStatus?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  toBody(): BffError {
    const error: BffError['error'] = { code: this.code, message: this.message };
    if (this.details) error.details = this.details;
    if (this.upstreamStatus !== undefined) error.upstreamStatus = this.upstreamStatus;
    return { error };
  }
}

/** Field errors keyed by dotted path (`series.0.name`), for forms and the URL-state error panel. */
export function validationError(error: z.core.$ZodError, what = 'request'): BffHttpError {
  const details: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (details[key] ??= []).push(issue.message);
  }
  return new BffHttpError(400, 'bad_request', `The ${what} is not valid`, details);
}

/**
 * Upstream quirks are normalised here and nowhere else (§1.3): 401 bodies without `status`, handler errors
 * without `error`, plain-text 500s. The browser sees a stable code and, when there was one, the status.
 */
export function fromUpstreamError(error: UpstreamError): BffHttpError {
  switch (error.kind) {
    case 'timeout':
      return new BffHttpError(504, 'timeout', 'OpenPanel took too long to answer. Try again.');
    case 'network':
      return new BffHttpError(
        503,
        'upstream_unavailable',
        'OpenPanel cannot be reached right now.',
      );
    case 'rate_limited':
      return new BffHttpError(
        503,
        'rate_limited',
        'OpenPanel is rate limiting this dashboard. Try again in a few seconds.',
        undefined,
        429,
        error.retryAfterSeconds,
      );
    case 'invalid_response':
      return new BffHttpError(
        502,
        'upstream_error',
        'OpenPanel sent an answer the dashboard does not understand.',
        undefined,
        error.status,
      );
  }
  const status = error.status ?? 502;
  if (status === 404) return new BffHttpError(404, 'not_found', error.message, undefined, status);
  if (status === 403) return new BffHttpError(403, 'forbidden', error.message, undefined, status);
  if (status === 400)
    return new BffHttpError(
      400,
      'bad_request',
      `OpenPanel rejected the query: ${error.message}`,
      undefined,
      status,
    );
  // 401 means the BFF's own credentials are wrong: the user cannot fix that, so it is not a 401 for them.
  if (status === 401)
    return new BffHttpError(
      502,
      'upstream_error',
      "OpenPanel rejected the dashboard's API credentials.",
      undefined,
      status,
    );
  return new BffHttpError(
    502,
    'upstream_error',
    'OpenPanel answered with an error.',
    undefined,
    status,
  );
}

export function toBffHttpError(error: unknown): BffHttpError {
  if (error instanceof BffHttpError) return error;
  if (error instanceof UpstreamError) return fromUpstreamError(error);
  return new BffHttpError(500, 'internal', 'Something went wrong in the dashboard server.');
}
