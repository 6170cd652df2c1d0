import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { z } from 'zod';
import { createClientBodySchema, updateClientBodySchema } from '../../contract/openpanel-manage.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import type { ClientRow } from '../http/client-auth.ts';
import { hashSecret, newClientSecret } from '../http/client-secrets.ts';
import { defineRoute } from '../http/define-route.ts';
import { HandlerError } from '../http/error-responses.ts';
import {
  deleteClient,
  findClient,
  insertClient,
  listClients,
  renameClient,
} from './client-store.ts';
import { manageProjectFilter } from './manage-project-filter.ts';
import { parsePostgresUuid } from './postgres-uuid.ts';
import { findProject } from './project-store.ts';

const idParamsSchema = z.object({ id: z.string() });
const manage = { group: 'manage', auth: 'manage', coerceQuery: false } as const;

async function projectInOrg(ctx: EmulatorContext, projectId: string, client: ClientRow) {
  const project = await findProject(ctx.db, projectId, client.organization_id);
  if (!project) throw new HandlerError(404, 'Project not found');
}

async function ownClient(ctx: EmulatorContext, rawId: string, caller: ClientRow) {
  const found = await findClient(ctx.db, parsePostgresUuid(rawId), caller.organization_id);
  if (!found) throw new HandlerError(404, 'Client not found');
  return found;
}

/** `/manage/clients` (shared/openpanel-api.md §8.3). */
export function registerClientRoutes(app: Hono, ctx: EmulatorContext): void {
  app.get(
    '/manage/clients',
    defineRoute(ctx, {
      ...manage,
      handler: async ({ client, request }) => {
        const projectId = manageProjectFilter(request);
        if (projectId !== undefined) await projectInOrg(ctx, projectId, client);
        // `secret` is the stored scrypt hash (§11 #20).
        return { data: await listClients(ctx.db, client.organization_id, projectId) };
      },
    }),
  );

  app.get(
    '/manage/clients/:id',
    defineRoute(ctx, {
      ...manage,
      params: idParamsSchema,
      handler: async ({ params, client }) => ({ data: await ownClient(ctx, params.id, client) }),
    }),
  );

  app.post(
    '/manage/clients',
    defineRoute(ctx, {
      ...manage,
      body: createClientBodySchema,
      handler: async ({ body, client }) => {
        // An empty projectId skips the check and makes an organization-wide client (`projectId || null`).
        if (body.projectId) await projectInOrg(ctx, body.projectId, client);
        const secret = newClientSecret();
        const id = randomUUID();
        await insertClient(ctx.db, {
          id,
          name: body.name,
          secretHash: await hashSecret(secret),
          type: body.type,
          projectId: body.projectId || null,
          organizationId: client.organization_id,
          now: ctx.now(),
        });
        const created = await ownClient(ctx, id, client);
        // The plaintext replaces the hash in place, once (§8.3).
        return { data: { ...created, secret } };
      },
    }),
  );

  app.patch(
    '/manage/clients/:id',
    defineRoute(ctx, {
      ...manage,
      params: idParamsSchema,
      body: updateClientBodySchema,
      handler: async ({ params, body, client }) => {
        const { id } = await ownClient(ctx, params.id, client);
        // Only the name can change; with no name there is nothing to write and updatedAt stays.
        if (body.name !== undefined) await renameClient(ctx.db, id, body.name, ctx.now());
        return { data: await ownClient(ctx, id, client) };
      },
    }),
  );

  app.delete(
    '/manage/clients/:id',
    defineRoute(ctx, {
      ...manage,
      params: idParamsSchema,
      handler: async ({ params, client }) => {
        const { id } = await ownClient(ctx, params.id, client);
        await deleteClient(ctx.db, id);
        return { success: true };
      },
    }),
  );
}
