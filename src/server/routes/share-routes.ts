import type { Hono } from 'hono';
import { shareLinkCreateSchema } from '../../contract/bff-api.ts';
import { checkShareToken, createShareToken } from '../auth/share-token.ts';
import type { BffDeps, BffEnv } from '../bff-deps.ts';
import { requireEditor } from '../http/access-guard.ts';
import { BffHttpError } from '../http/bff-http-error.ts';
import { projectParamValue } from '../http/project-param.ts';
import { validBody } from '../http/request-input.ts';

const DEFAULT_TTL_HOURS = 24 * 7;

/** Stateless share links: HMAC-signed with SHARE_SECRET, so any BFF instance with the secret accepts them. */
export function registerShareRoutes(app: Hono<BffEnv>, deps: BffDeps): void {
  app.post('/api/share-links', async (c) => {
    requireEditor(c, deps);
    const input = await validBody(c, shareLinkCreateSchema);
    await projectParamValue(c, deps, input.projectId);
    const expiresAt = deps.clock.now() + (input.ttlHours ?? DEFAULT_TTL_HOURS) * 3_600_000;
    const search = input.search.startsWith('?') ? input.search.slice(1) : input.search;
    const token = createShareToken(deps.shareSecret, {
      view: input.view,
      projectId: input.projectId,
      search,
      expiresAt,
    });
    return c.json({ token, url: `/s/${token}`, expiresAt: new Date(expiresAt).toISOString() });
  });

  app.get('/api/share/:token', (c) => {
    const check = checkShareToken(deps.shareSecret, c.req.param('token'), deps.clock.now());
    if (!check.ok) {
      throw new BffHttpError(
        403,
        check.reason,
        check.reason === 'share_expired'
          ? 'This shared link has expired. Ask for a new one.'
          : 'This shared link is not valid: it was changed or cut short.',
      );
    }
    const { view, projectId, search, expiresAt } = check.grant;
    c.header('cache-control', 'no-store');
    return c.json({ view, projectId, search, expiresAt: new Date(expiresAt).toISOString() });
  });
}
