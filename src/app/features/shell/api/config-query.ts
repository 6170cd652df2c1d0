import { queryOptions } from '@tanstack/react-query';
import { configResponseSchema } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** `GET /api/config`: how the BFF runs; `timezone` is the organization's, used to place references. */
export function configQuery() {
  return queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => apiFetch('/api/config', configResponseSchema, { signal }),
    // The config only changes when the server restarts.
    staleTime: Infinity,
  });
}
