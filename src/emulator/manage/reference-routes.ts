import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { z } from 'zod';
import {
  createReferenceBodySchema,
  updateReferenceBodySchema,
} from '../../contract/openpanel-manage.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import type { ClientRow } from '../http/client-auth.ts';
import { defineRoute } from '../http/define-route.ts';
import { HandlerError } from '../http/error-responses.ts';
import { manageProjectFilter } from './manage-project-filter.ts';
import { parsePostgresUuid } from './postgres-uuid.ts';
import { findProject } from './project-store.ts';
import {
  deleteReference,
  findReference,
  insertReference,
  listReferences,
  updateReference,
} from './reference-store.ts';

const idParamsSchema = z.object({ id: z.string() });
const manage = { group: 'manage', auth: 'manage', coerceQuery: false } as const;

async function projectInOrg(ctx: EmulatorContext, projectId: string, client: ClientRow) {
  const project = await findProject(ctx.db, projectId, client.organization_id);
  if (!project) throw new HandlerError(404, 'Project not found');
}

/** A reference of another organization is reported exactly like a missing one (§8.1). */
async function ownReference(ctx: EmulatorContext, rawId: string, client: ClientRow) {
  const found = await findReference(ctx.db, parsePostgresUuid(rawId));
  if (!found || found.organizationId !== client.organization_id) {
    throw new HandlerError(404, 'Reference not found');
  }
  return found.reference;
}

/** `/manage/references` (shared/openpanel-api.md §8.1). */
export function registerReferenceRoutes(app: Hono, ctx: EmulatorContext): void {
  app.get(
    '/manage/references',
    defineRoute(ctx, {
      ...manage,
      handler: async ({ client, request }) => {
        const projectId = manageProjectFilter(request);
        if (projectId !== undefined) await projectInOrg(ctx, projectId, client);
        return { data: await listReferences(ctx.db, client.organization_id, projectId) };
      },
    }),
  );

  app.get(
    '/manage/references/:id',
    defineRoute(ctx, {
      ...manage,
      params: idParamsSchema,
      handler: async ({ params, client }) => {
        const reference = await ownReference(ctx, params.id, client);
        // Only this call includes the project relation (§11 #17).
        return { data: { ...reference, project: { organizationId: client.organization_id } } };
      },
    }),
  );

  app.post(
    '/manage/references',
    defineRoute(ctx, {
      ...manage,
      body: createReferenceBodySchema,
      handler: async ({ body, client }) => {
        await projectInOrg(ctx, body.projectId, client);
        const id = randomUUID();
        await insertReference(ctx.db, {
          id,
          title: body.title,
          // `description || null`: an empty description is stored as null on create only.
          description: body.description || null,
          // `new Date(datetime)`: a date-only value is UTC midnight; garbage is an Invalid Date → 500.
          date: new Date(body.datetime),
          projectId: body.projectId,
          now: ctx.now(),
        });
        return { data: await ownReference(ctx, id, client) };
      },
    }),
  );

  app.patch(
    '/manage/references/:id',
    defineRoute(ctx, {
      ...manage,
      params: idParamsSchema,
      body: updateReferenceBodySchema,
      handler: async ({ params, body, client }) => {
        const { id } = await ownReference(ctx, params.id, client);
        await updateReference(
          ctx.db,
          id,
          {
            title: body.title,
            // Unlike create, "" is kept as "" (`description ?? null`); null never passes validation.
            description: body.description,
            date: body.datetime === undefined ? undefined : new Date(body.datetime),
          },
          ctx.now(),
        );
        return { data: await ownReference(ctx, id, client) };
      },
    }),
  );

  app.delete(
    '/manage/references/:id',
    defineRoute(ctx, {
      ...manage,
      params: idParamsSchema,
      handler: async ({ params, client }) => {
        const { id } = await ownReference(ctx, params.id, client);
        await deleteReference(ctx.db, id);
        return { success: true };
      },
    }),
  );
}
