import * as z from 'zod/mini';
import { sessionResponseSchema } from '../../../../contract/bff-api.ts';
import type { LoginRequest, SessionResponse } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** `POST /api/session/login`; answers with the new session. */
export function login(input: LoginRequest, csrfToken: string | null): Promise<SessionResponse> {
  return apiFetch('/api/session/login', sessionResponseSchema, {
    method: 'POST',
    body: input,
    csrfToken,
  });
}

/** `POST /api/session/logout`; only its success matters, not its body. */
export async function logout(csrfToken: string | null): Promise<void> {
  await apiFetch('/api/session/logout', z.unknown(), { method: 'POST', csrfToken });
}
