import { queryOptions } from '@tanstack/react-query';
import { shareInfoResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** `GET /api/share/:token`: what a share link points at; 403 `share_expired` / `share_invalid` otherwise. */
export function shareQuery(token: string) {
  return queryOptions({
    queryKey: ['share', token],
    queryFn: ({ signal }) =>
      apiFetch(`/api/share/${encodeURIComponent(token)}`, shareInfoResponseSchema, { signal }),
  });
}
