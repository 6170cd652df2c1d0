import type { z } from 'zod/mini';
import { bffErrorSchema } from '../../contract/bff-api.ts';
import type { BffError, BffErrorCode } from '../../contract/bff-api.ts';

/**
 * The one transport module of the SPA: every call to the BFF goes through `apiFetch`, and every failure
 * becomes an `ApiError` carrying the BFF's error envelope. It never shows UI (no toasts, no redirects):
 * components and route loaders decide what a failure means for the user.
 */

/** Codes the SPA adds for failures that never reached (or were not understood from) the BFF. */
export type TransportErrorCode = 'network_error' | 'invalid_response';

type ApiErrorEnvelope = Omit<BffError['error'], 'code'> & {
  code: BffErrorCode | TransportErrorCode;
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorEnvelope['code'];
  readonly details: Record<string, string[]> | undefined;
  readonly upstreamStatus: number | undefined;

  constructor(status: number, body: ApiErrorEnvelope) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.upstreamStatus = body.upstreamStatus;
  }

  /** 4xx answers are the caller's fault: retrying them cannot help (architecture §8). */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export interface ApiFetchInit {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Serialized as JSON; `Content-Type` is only sent when there is a body. */
  body?: unknown;
  /** Sent as `x-csrf-token` on writes (the BFF rejects writes without it). */
  csrfToken?: string | null;
  /**
   * Extra request headers, e.g. `x-share-token` for a read-only share link. They cannot replace the
   * headers this module owns (`accept`, `content-type`, `x-csrf-token`).
   */
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

/**
 * A share link's grant as the SPA uses it: the signed token (sent as `x-share-token`) and the exact BFF
 * query string it was issued for (the BFF refuses any other query with it).
 */
export interface ShareAccess {
  token: string;
  search: string;
}

/** Turns `/api/...` into an absolute URL: Node's fetch (used by jsdom tests) rejects relative URLs. */
function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}

function envelopeFromText(status: number, text: string): ApiErrorEnvelope {
  try {
    const parsed = bffErrorSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.error;
  } catch {
    // Not JSON (a proxy's HTML error page, a plain-text 500): fall through to a generic envelope.
  }
  return {
    code: 'invalid_response',
    message: status >= 500 ? 'The server failed. Try again.' : `Request failed (HTTP ${status}).`,
  };
}

/** Fetches a BFF endpoint and validates the JSON answer with `schema`. Throws `ApiError` on any failure. */
export async function apiFetch<T>(
  path: string,
  schema: z.ZodMiniType<T>,
  init: ApiFetchInit = {},
): Promise<T> {
  // Lower-cased first, so a caller's `Accept` cannot sneak in beside ours as a second value.
  const headers: Record<string, string> = Object.fromEntries(
    Object.entries(init.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  headers.accept = 'application/json';
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.csrfToken) headers['x-csrf-token'] = init.csrfToken;

  let response: Response;
  try {
    response = await fetch(absoluteUrl(path), {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: 'network_error', message: 'The server could not be reached.' });
  }

  const text = await response.text();
  if (!response.ok) throw new ApiError(response.status, envelopeFromText(response.status, text));

  let json: unknown;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    throw new ApiError(response.status, {
      code: 'invalid_response',
      message: 'The server sent invalid JSON.',
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, {
      code: 'invalid_response',
      message: `Unexpected response from ${path}: ${parsed.error.issues[0]?.message ?? 'invalid shape'}`,
    });
  }
  return parsed.data;
}
