import * as z from 'zod/mini';
import { referenceItemResponseSchema } from '../../../../contract/bff-api.ts';
import type {
  ReferenceCreate,
  ReferenceItemResponse,
  ReferencePatch,
} from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** A write that hangs must not freeze the form: after this the save fails and offers Retry. */
const WRITE_TIMEOUT_MS = 30_000;

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/references`;

/** `POST /api/projects/:projectId/references` (editors; the BFF checks the CSRF token). */
export function postReference(
  projectId: string,
  input: ReferenceCreate,
  csrfToken: string | null,
): Promise<ReferenceItemResponse> {
  return apiFetch(base(projectId), referenceItemResponseSchema, {
    method: 'POST',
    body: input,
    csrfToken,
    signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
  });
}

/** `PATCH …/:id`; with `expectedUpdatedAt` the BFF answers 409 `conflict` if a teammate saved since. */
export function patchReference(
  projectId: string,
  id: string,
  patch: ReferencePatch,
  csrfToken: string | null,
): Promise<ReferenceItemResponse> {
  return apiFetch(`${base(projectId)}/${encodeURIComponent(id)}`, referenceItemResponseSchema, {
    method: 'PATCH',
    body: patch,
    csrfToken,
    signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
  });
}

export function deleteReference(
  projectId: string,
  id: string,
  csrfToken: string | null,
): Promise<{ success: true }> {
  return apiFetch(
    `${base(projectId)}/${encodeURIComponent(id)}`,
    z.object({ success: z.literal(true) }),
    { method: 'DELETE', csrfToken, signal: AbortSignal.timeout(WRITE_TIMEOUT_MS) },
  );
}

/** `GET …/:id`, uncached: the current version, for "Reload" after a conflict. */
export function getReference(projectId: string, id: string): Promise<ReferenceItemResponse> {
  return apiFetch(`${base(projectId)}/${encodeURIComponent(id)}`, referenceItemResponseSchema);
}
