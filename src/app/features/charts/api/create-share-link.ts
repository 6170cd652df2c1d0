import { shareLinkResponseSchema } from '../../../../contract/bff-api.ts';
import type { ShareLinkCreate, ShareLinkResponse } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/**
 * `POST /api/share-links`: a signed read-only link. `search` must be exactly the query string the shared
 * page sends to the chart endpoint, since the BFF only lets the token read that one request.
 */
export function createShareLink(
  input: ShareLinkCreate,
  csrfToken: string | null,
): Promise<ShareLinkResponse> {
  return apiFetch('/api/share-links', shareLinkResponseSchema, {
    method: 'POST',
    body: input,
    csrfToken,
  });
}
