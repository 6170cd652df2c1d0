import type { Context, Hono } from 'hono';
import {
  chartQuerySchema,
  referenceCreateSchema,
  referenceIdSchema,
  referencePatchSchema,
  referenceSchema,
  type Reference,
} from '../../contract/bff-api.ts';
import {
  manageDeleteResponseSchema,
  referenceGetResponseSchema,
  referenceListResponseSchema,
  referenceResponseSchema,
  type UpdateReferenceBody,
} from '../../contract/openpanel-manage.ts';
import { chartsResponseSchema } from '../../contract/openpanel-charts.ts';
import { intervalSchema } from '../../contract/openpanel-common.ts';
import type { ShareGrant } from '../auth/share-token.ts';
import type { BffDeps, BffEnv } from '../bff-deps.ts';
import { readScopeForReferences, requireEditor, requireRead } from '../http/access-guard.ts';
import { BffHttpError } from '../http/bff-http-error.ts';
import { projectParam } from '../http/project-param.ts';
import { validBody, validParam, validQuery } from '../http/request-input.ts';
import { z } from 'zod';
import {
  chartReferenceWindow,
  referencesInWindow,
  type InstantWindow,
} from '../mappers/chart-reference-window.ts';
import { parseUpstream } from '../upstream/parse-upstream.ts';
import { chartUpstreamRequest } from './analytics-routes.ts';

/** References (§8.1) through the root client. The BFF scopes every id to the project in the path. */
export function registerReferencesRoutes(app: Hono<BffEnv>, deps: BffDeps): void {
  const byIdPath = (id: string) => `/manage/references/${encodeURIComponent(id)}`;

  /** The current reference, uncached, or 404 when it is missing or belongs to another project. */
  async function current(c: Context<BffEnv>, projectId: string, id: string): Promise<Reference> {
    const body = parseUpstream(
      referenceGetResponseSchema,
      await deps.upstream.fresh(
        { method: 'GET', path: byIdPath(id), group: 'manage' },
        c.get('stats'),
      ),
    );
    if (body.data.projectId !== projectId)
      throw new BffHttpError(404, 'not_found', 'Reference not found');
    // Only GET-by-id adds `project` (§8.1); the browser gets the same object everywhere.
    // zod strips the unknown key.
    return referenceSchema.parse(body.data);
  }

  const idParam = (c: Context) => validParam(referenceIdSchema, c.req.param('id'), 'id');

  /**
   * The window a shared chart draws, from the grant alone (never from the request, so a visitor cannot widen
   * it): the grant's own chart query, fetched exactly as the chart route fetches it (the share page asked for
   * that chart first, so this is normally a cache hit). `null` when the chart draws nothing: a query the
   * chart route would refuse (invalid or with a repeated key) or an answer without series (§5.3).
   */
  async function sharedChartWindow(
    c: Context<BffEnv>,
    grant: ShareGrant,
    projectId: string,
  ): Promise<InstantWindow | null> {
    const pairs = [...new URLSearchParams(grant.search)];
    if (new Set(pairs.map(([key]) => key)).size !== pairs.length) return null;
    const parsed = chartQuerySchema.safeParse(Object.fromEntries(pairs));
    if (!parsed.success) return null;
    const timezone = deps.env.OPENPANEL_TIMEZONE;
    const request = chartUpstreamRequest(parsed.data, {
      projectId,
      timezone,
      now: deps.clock.now(),
    });
    const answer = parseUpstream(
      chartsResponseSchema,
      await deps.upstream.request(request, c.get('stats')),
    );
    // The buckets are as long as the interval the upstream was asked for (the BFF always sends one).
    const interval = intervalSchema.parse(request.query?.find(([key]) => key === 'interval')?.[1]);
    return chartReferenceWindow(answer, interval, timezone);
  }

  app.get('/api/projects/:projectId/references', async (c) => {
    const scope = readScopeForReferences(c, deps, c.req.param('projectId'));
    validQuery(c, z.object({}).strict());
    const projectId = await projectParam(c, deps);
    const body = parseUpstream(
      referenceListResponseSchema,
      await deps.upstream.request(
        // The manage router does no query coercion (§1.2), so the id goes raw.
        {
          method: 'GET',
          path: '/manage/references',
          query: [['projectId', projectId]],
          group: 'manage',
        },
        c.get('stats'),
      ),
    );
    if (scope.kind === 'all') return c.json({ references: body.data });
    const window = await sharedChartWindow(c, scope.grant, projectId);
    return c.json({ references: referencesInWindow(body.data, window) });
  });

  app.post('/api/projects/:projectId/references', async (c) => {
    requireEditor(c, deps);
    const input = await validBody(c, referenceCreateSchema);
    const projectId = await projectParam(c, deps);
    const body = parseUpstream(
      referenceResponseSchema,
      await deps.upstream.request(
        {
          method: 'POST',
          path: '/manage/references',
          body: { projectId, ...input },
          group: 'manage',
        },
        c.get('stats'),
      ),
    );
    return c.json({ reference: body.data });
  });

  app.get('/api/projects/:projectId/references/:id', async (c) => {
    requireRead(c, deps);
    validQuery(c, z.object({}).strict());
    const id = idParam(c);
    const projectId = await projectParam(c, deps);
    return c.json({ reference: await current(c, projectId, id) });
  });

  app.patch('/api/projects/:projectId/references/:id', async (c) => {
    requireEditor(c, deps);
    const id = idParam(c);
    const { expectedUpdatedAt, description, ...rest } = await validBody(c, referencePatchSchema);
    const projectId = await projectParam(c, deps);
    const before = await current(c, projectId, id);
    if (expectedUpdatedAt !== undefined && before.updatedAt !== expectedUpdatedAt) {
      throw new BffHttpError(
        409,
        'conflict',
        'Someone changed this reference since you opened it. Reload to see their change.',
      );
    }
    const patch: UpdateReferenceBody = { ...rest };
    // The server rejects `description: null` (§8.1, §11 #16); "" is the closest it stores.
    if (description !== undefined) patch.description = description ?? '';
    const body = parseUpstream(
      referenceResponseSchema,
      await deps.upstream.request(
        { method: 'PATCH', path: byIdPath(id), body: patch, group: 'manage' },
        c.get('stats'),
      ),
    );
    return c.json({ reference: body.data });
  });

  app.delete('/api/projects/:projectId/references/:id', async (c) => {
    requireEditor(c, deps);
    const id = idParam(c);
    const projectId = await projectParam(c, deps);
    await current(c, projectId, id);
    parseUpstream(
      manageDeleteResponseSchema,
      await deps.upstream.request(
        { method: 'DELETE', path: byIdPath(id), group: 'manage' },
        c.get('stats'),
      ),
    );
    return c.json({ success: true });
  });
}
