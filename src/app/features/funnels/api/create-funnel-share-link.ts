import { shareLinkResponseSchema } from '../../../../contract/bff-api.ts';
import type { ShareLinkResponse } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/**
 * `POST /api/share-links` for a funnel. `search` must be exactly what the page sends to the funnel
 * endpoint (`funnelApiSearch`): the BFF lets the token read that one request and nothing else.
 */
export function createFunnelShareLink(
  projectId: string,
  search: string,
  csrfToken: string | null,
): Promise<ShareLinkResponse> {
  return apiFetch('/api/share-links', shareLinkResponseSchema, {
    method: 'POST',
    body: { view: 'funnel', projectId, search },
    csrfToken,
  });
}
