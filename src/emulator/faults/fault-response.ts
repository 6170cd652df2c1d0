import { jsonResponse, textResponse } from '../http/error-responses.ts';
import type { ActiveFault } from './fault-registry.ts';

const isJsonText = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** A body that is cut off mid-object, as from a proxy that closed early. */
const TRUNCATED_JSON = '{"data":[{"id":';

/**
 * The answer an armed `status` or `invalidJson` fault gives (not `drop`, not delay-only). Default bodies
 * are the upstream's own: the §1.3 429 body with its rate-limit headers, the plain-text production 500;
 * other statuses get a `{status, message}` body.
 */
export function faultResponse(fault: ActiveFault): Response {
  if (fault.invalidJson) {
    const response = textResponse(200, fault.body ?? TRUNCATED_JSON);
    response.headers.set('content-type', 'application/json; charset=utf-8');
    return response;
  }
  const status = fault.status ?? 500;
  const headers: Record<string, string> = {};
  if (status === 429 || fault.retryAfter !== undefined) {
    headers['retry-after'] = String(fault.retryAfter ?? 1);
  }
  if (status === 429) {
    headers['x-ratelimit-limit'] = '100';
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = headers['retry-after']!;
  }
  if (fault.body !== undefined) {
    return isJsonText(fault.body)
      ? new Response(fault.body, {
          status,
          headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
        })
      : textResponse(status, fault.body, headers);
  }
  if (status === 429) {
    return jsonResponse(
      429,
      {
        status: 429,
        error: 'Too Many Requests',
        message: 'You have exceeded the rate limit for this endpoint.',
      },
      headers,
    );
  }
  if (status === 500) return textResponse(500, 'Internal server error', headers);
  return jsonResponse(status, { status, message: 'Injected fault' }, headers);
}
