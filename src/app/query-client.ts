import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/api-fetch.ts';

const MAX_RETRIES = 2;

/** The app's single retry policy (architecture §8): never retry a 4xx, retry other failures twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.isClientError) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
