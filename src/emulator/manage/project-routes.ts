import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { z } from 'zod';
import {
  createProjectBodySchema,
  updateProjectBodySchema,
} from '../../contract/openpanel-manage.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import type { ClientRow } from '../http/client-auth.ts';
import { hashSecret, newClientSecret } from '../http/client-secrets.ts';
import { defineRoute } from '../http/define-route.ts';
import { HandlerError } from '../http/error-responses.ts';
import { insertClient } from './client-store.ts';
import {
  findProject,
  insertProject,
  listProjects,
  stripTrailingSlash,
  uniqueProjectId,
  updateProject,
} from './project-store.ts';

const idParamsSchema = z.object({ id: z.string() });
const manage = { group: 'manage', auth: 'manage', coerceQuery: false } as const;
const SOFT_DELETE_DELAY_MS = 24 * 60 * 60 * 1000;

async function ownProject(ctx: EmulatorContext, id: string, client: ClientRow) {
  const project = await findProject(ctx.db, id, client.organization_id);
  if (!project) throw new HandlerError(404, 'Project not found');
  return project;
}

/** `/manage/projects` (shared/openpanel-api.md §8.2). */
export function registerProjectRoutes(app: Hono, ctx: EmulatorContext): void {
  app.get(
    '/manage/projects',
    defineRoute(ctx, {
      ...manage,
      handler: async ({ client }) => ({ data: await listProjects(ctx.db, client.organization_id) }),
    }),
  );

  app.get(
    '/manage/projects/:id',
    defineRoute(ctx, {
      ...manage,
      params: idParamsSchema,
      // Soft-deleted projects are still found here (§8.2).
      handler: async ({ params, client }) => ({ data: await ownProject(ctx, params.id, client) }),
    }),
  );

  app.post(
    '/manage/projects',
    defineRoute(ctx, {
      ...manage,
      body: createProjectBodySchema,
      handler: async ({ body, client }) => {
        const now = ctx.now();
        const id = await uniqueProjectId(ctx.db, body.name);
        await insertProject(ctx.db, {
          id,
          name: body.name,
          organizationId: client.organization_id,
          types: body.types,
          // "" and null both store null; trailing slashes are stripped (§8.2).
          domain: body.domain ? stripTrailingSlash(body.domain) : null,
          cors: body.cors.map(stripTrailingSlash),
          crossDomain: body.crossDomain,
          now,
        });
        // Every project is created with one write client; its plaintext secret is shown only here.
        const secret = newClientSecret();
        const clientId = randomUUID();
        await insertClient(ctx.db, {
          id: clientId,
          name: 'First client',
          secretHash: await hashSecret(secret),
          type: 'write',
          projectId: id,
          organizationId: client.organization_id,
          now,
        });
        const project = await ownProject(ctx, id, client);
        return {
          data: { ...project, clients: [{ id: clientId }], client: { id: clientId, secret } },
        };
      },
    }),
  );

  app.patch(
    '/manage/projects/:id',
    defineRoute(ctx, {
      ...manage,
      params: idParamsSchema,
      body: updateProjectBodySchema,
      handler: async ({ params, body, client }) => {
        const { id } = await ownProject(ctx, params.id, client);
        // `types` is not in the schema and `deleteAt` is never touched: a PATCH does not cancel a
        // pending deletion (§11 #18).
        await updateProject(
          ctx.db,
          id,
          {
            name: body.name,
            domain:
              body.domain === undefined
                ? undefined
                : body.domain
                  ? stripTrailingSlash(body.domain)
                  : null,
            cors: body.cors?.map(stripTrailingSlash),
            crossDomain: body.crossDomain,
            allowUnsafeRevenueTracking: body.allowUnsafeRevenueTracking,
          },
          ctx.now(),
        );
        return { data: await ownProject(ctx, id, client) };
      },
    }),
  );

  app.delete(
    '/manage/projects/:id',
    defineRoute(ctx, {
      ...manage,
      params: idParamsSchema,
      handler: async ({ params, client }) => {
        const { id } = await ownProject(ctx, params.id, client);
        // A soft delete, scheduled 24 h ahead; calling it again moves the time (§8.2).
        const now = ctx.now();
        await updateProject(
          ctx.db,
          id,
          { deleteAt: new Date(now.getTime() + SOFT_DELETE_DELAY_MS) },
          now,
        );
        return { success: true };
      },
    }),
  );
}
