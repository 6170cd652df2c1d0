import { referenceItemResponseSchema } from '../../../../contract/bff-api.ts';
import type { ReferenceCreate, ReferenceItemResponse } from '../../../../contract/bff-api.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/** `POST /api/projects/:projectId/references` (editors only; the BFF checks the CSRF token). */
export function createReference(
  projectId: string,
  input: ReferenceCreate,
  csrfToken: string | null,
): Promise<ReferenceItemResponse> {
  return apiFetch(
    `/api/projects/${encodeURIComponent(projectId)}/references`,
    referenceItemResponseSchema,
    { method: 'POST', body: input, csrfToken },
  );
}
