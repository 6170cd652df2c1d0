import { referenceItemResponseSchema } from '../../../../contract/bff-api.ts';
import type { ReferenceItemResponse } from '../../../../contract/bff-api.ts';
import type { ExportEvent } from '../../../../contract/openpanel-events.ts';
import { apiFetch } from '../../../api/api-fetch.ts';

/**
 * "Mark this moment": a reference at the event's exact time, titled with its name
 * (`POST /api/projects/:projectId/references`, editors only; the BFF checks the CSRF token).
 */
export function createEventReference(
  projectId: string,
  event: Pick<ExportEvent, 'id' | 'name' | 'createdAt'>,
  title: string,
  csrfToken: string | null,
): Promise<ReferenceItemResponse> {
  return apiFetch(
    `/api/projects/${encodeURIComponent(projectId)}/references`,
    referenceItemResponseSchema,
    {
      method: 'POST',
      body: { title, description: `Marked from event ${event.id}`, datetime: event.createdAt },
      csrfToken,
    },
  );
}
