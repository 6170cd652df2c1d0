import { ApiError } from '../../api/api-fetch.ts';

export type ReferenceField = 'title' | 'description' | 'when';
export type ReferenceFieldErrors = Partial<Record<ReferenceField, string>>;

/** BFF detail keys (zod paths of the write body) and upstream `body/<key>` prefixes → form fields. */
const FIELD_OF: Record<string, ReferenceField> = {
  title: 'title',
  description: 'description',
  datetime: 'when',
  when: 'when',
};

/**
 * A 400's messages placed on the fields they are about: the BFF's `details` (`{"title": ["…"]}`), or an
 * upstream message such as `body/title Too small: expected string to have >=1 characters` (§8.1).
 */
export function referenceFieldErrors(error: unknown): ReferenceFieldErrors {
  const out: ReferenceFieldErrors = {};
  if (!(error instanceof ApiError) || error.status !== 400) return out;
  for (const [key, messages] of Object.entries(error.details ?? {})) {
    const field = FIELD_OF[key];
    if (field && messages[0] && !out[field]) out[field] = messages[0];
  }
  const upstream = /^body\/(\w+) (.+)$/.exec(error.message);
  const field = upstream ? FIELD_OF[upstream[1] ?? ''] : undefined;
  if (upstream && field && !out[field]) out[field] = upstream[2];
  return out;
}

export interface SaveFailure {
  message: string;
  /** False for answers that repeating the same request cannot change (a 400, a 403). */
  retryable: boolean;
}

/** What the form says when a save fails; the typed values always stay in the form. */
export function describeSaveFailure(error: unknown): SaveFailure {
  const keep = 'Your changes are still here.';
  if (!(error instanceof ApiError)) {
    return { message: `The reference could not be saved. ${keep}`, retryable: true };
  }
  if (error.status === 0) {
    return { message: `The server could not be reached. ${keep}`, retryable: true };
  }
  if (error.status === 429 || error.code === 'rate_limited') {
    return {
      message: `Too many requests right now. Wait a moment, then retry. ${keep}`,
      retryable: true,
    };
  }
  if (error.code === 'timeout' || error.status === 504) {
    return { message: `The server took too long to answer. ${keep}`, retryable: true };
  }
  if (error.status >= 500) {
    return {
      message: `The server failed (${error.status}): ${error.message} ${keep}`,
      retryable: true,
    };
  }
  if (error.status === 403 || error.status === 401) {
    return { message: `${error.message} ${keep}`, retryable: false };
  }
  return { message: error.message, retryable: false };
}
