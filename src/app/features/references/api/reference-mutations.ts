import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type {
  Reference,
  ReferenceCreate,
  ReferencePatch,
  ReferencesResponse,
} from '../../../../contract/bff-api.ts';
import { sessionQuery } from '../../shell/api/session-query.ts';
import { referencesQuery } from './references-query.ts';
import { deleteReference, patchReference, postReference } from './reference-requests.ts';

/**
 * The three reference writes, each with an optimistic change to the project's cached list and a rollback
 * of exactly that change on failure (other writes in flight keep theirs). The list is refetched afterwards
 * either way, so the cache ends on what the server holds. The CSRF token comes from the session.
 */

type Cache = ReferencesResponse | undefined;

function edit(client: QueryClient, projectId: string, change: (list: Reference[]) => Reference[]) {
  client.setQueryData(referencesQuery(projectId).queryKey, (old: Cache) =>
    old ? { references: change(old.references) } : old,
  );
}

const settle = (client: QueryClient, projectId: string) =>
  client.invalidateQueries({ queryKey: referencesQuery(projectId).queryKey });

let tempIds = 0;

export function useCreateReference(projectId: string) {
  const client = useQueryClient();
  const csrf = useQuery(sessionQuery()).data?.csrfToken ?? null;
  return useMutation({
    mutationFn: (input: ReferenceCreate) => postReference(projectId, input, csrf),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: referencesQuery(projectId).queryKey });
      const now = new Date().toISOString();
      const temp: Reference = {
        id: `pending-${++tempIds}`,
        title: input.title,
        description: input.description ?? null,
        date: new Date(input.datetime).toISOString(),
        projectId,
        createdAt: now,
        updatedAt: now,
      };
      // The upstream lists newest `createdAt` first (§8.1).
      edit(client, projectId, (list) => [temp, ...list]);
      return { tempId: temp.id };
    },
    onError: (_error, _input, context) => {
      if (context) edit(client, projectId, (list) => list.filter((r) => r.id !== context.tempId));
    },
    onSuccess: ({ reference }, _input, context) => {
      edit(client, projectId, (list) => list.map((r) => (r.id === context.tempId ? reference : r)));
    },
    onSettled: () => settle(client, projectId),
  });
}

export interface UpdateReferenceVariables {
  id: string;
  patch: ReferencePatch;
}

export function useUpdateReference(projectId: string) {
  const client = useQueryClient();
  const csrf = useQuery(sessionQuery()).data?.csrfToken ?? null;
  return useMutation({
    mutationFn: ({ id, patch }: UpdateReferenceVariables) =>
      patchReference(projectId, id, patch, csrf),
    onMutate: async ({ id, patch }) => {
      await client.cancelQueries({ queryKey: referencesQuery(projectId).queryKey });
      const before = client
        .getQueryData(referencesQuery(projectId).queryKey)
        ?.references.find((r) => r.id === id);
      edit(client, projectId, (list) =>
        list.map((r) =>
          r.id !== id
            ? r
            : {
                ...r,
                ...(patch.title !== undefined ? { title: patch.title } : {}),
                // null is shown as cleared; the BFF stores "" upstream (§8.1).
                ...(patch.description !== undefined ? { description: patch.description } : {}),
                ...(patch.datetime !== undefined
                  ? { date: new Date(patch.datetime).toISOString() }
                  : {}),
              },
        ),
      );
      return { before };
    },
    onError: (_error, { id }, context) => {
      const before = context?.before;
      if (before) edit(client, projectId, (list) => list.map((r) => (r.id === id ? before : r)));
    },
    onSuccess: ({ reference }) => {
      edit(client, projectId, (list) => list.map((r) => (r.id === reference.id ? reference : r)));
    },
    onSettled: () => settle(client, projectId),
  });
}

export function useDeleteReference(projectId: string) {
  const client = useQueryClient();
  const csrf = useQuery(sessionQuery()).data?.csrfToken ?? null;
  return useMutation({
    mutationFn: (reference: Reference) => deleteReference(projectId, reference.id, csrf),
    onMutate: async (reference) => {
      await client.cancelQueries({ queryKey: referencesQuery(projectId).queryKey });
      const list = client.getQueryData(referencesQuery(projectId).queryKey)?.references ?? [];
      const index = list.findIndex((r) => r.id === reference.id);
      edit(client, projectId, (current) => current.filter((r) => r.id !== reference.id));
      return { index };
    },
    onError: (_error, reference, context) => {
      edit(client, projectId, (list) => {
        if (list.some((r) => r.id === reference.id)) return list;
        const at = context && context.index >= 0 ? Math.min(context.index, list.length) : 0;
        return [...list.slice(0, at), reference, ...list.slice(at)];
      });
    },
    onSettled: () => settle(client, projectId),
  });
}
