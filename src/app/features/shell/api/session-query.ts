import { queryOptions } from '@tanstack/react-query';
import { sessionResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** `GET /api/session`: who is signed in, and the CSRF token that writes must carry. */
export function sessionQuery() {
  return queryOptions({
    queryKey: ['session'],
    queryFn: ({ signal }) => apiFetch('/api/session', sessionResponseSchema, { signal }),
    staleTime: 60_000,
  });
}
