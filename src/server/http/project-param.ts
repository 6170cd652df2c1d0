import type { Context } from 'hono';
import { projectIdSchema } from '../../contract/bff-api.ts';
import type { BffDeps, BffEnv } from '../bff-deps.ts';
import { BffHttpError } from './bff-http-error.ts';
import { validParam } from './request-input.ts';

/**
 * The `:projectId` path segment, validated and checked against the client's projects before it is placed
 * (encoded) in any upstream path: an unknown project on insights is a 500 upstream (§2.3), here a 404.
 */
export function projectParam(c: Context<BffEnv>, deps: BffDeps): Promise<string> {
  return projectParamValue(c, deps, c.req.param('projectId'));
}

export async function projectParamValue(
  c: Context<BffEnv>,
  deps: BffDeps,
  raw: string | undefined,
): Promise<string> {
  const projectId = validParam(projectIdSchema, raw, 'projectId');
  if (!(await deps.projects.has(projectId, c.get('stats')))) {
    throw new BffHttpError(404, 'not_found', `There is no project "${projectId}".`);
  }
  return projectId;
}
