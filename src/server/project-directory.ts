import { exportEventsResponseSchema } from '../contract/openpanel-events.ts';
import { projectListResponseSchema } from '../contract/openpanel-manage.ts';
import type { ProjectsResponse } from '../contract/bff-api.ts';
import type { Clock } from './upstream/clock.ts';
import type { RequestStats } from './upstream/request-stats.ts';
import { UpstreamError } from './upstream/upstream-error.ts';
import type { UpstreamClient } from './upstream/upstream-client.ts';
import { ALL_TIME_START } from './mappers/all-time-start.ts';
import { parseUpstream } from './upstream/parse-upstream.ts';

type Project = ProjectsResponse['projects'][number];

/**
 * Which projects the configured client can see. A root client lists them with `/manage/projects` (§8.2);
 * a read client gets 401 there and has exactly one project (§2, §8.4: no route lists it), taken from
 * OPENPANEL_PROJECT_ID or discovered from the `projectId` of one of its events.
 * Remembered for a minute: every project route checks membership before calling the upstream, because an
 * unknown project on insights answers a 500, not a 404 (§2.3).
 */
export function createProjectDirectory(
  upstream: UpstreamClient,
  clock: Clock,
  configuredProjectId?: string,
) {
  let cached: { projects: Project[]; expiresAt: number } | null = null;
  let pending: Promise<Project[]> | null = null;

  async function load(stats: RequestStats): Promise<Project[]> {
    try {
      const body = parseUpstream(
        projectListResponseSchema,
        await upstream.request({ method: 'GET', path: '/manage/projects', group: 'manage' }, stats),
      );
      return body.data.map((p) => ({ id: p.id, name: p.name }));
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 401) throw error;
    }
    if (configuredProjectId) return [{ id: configuredProjectId, name: configuredProjectId }];
    const tomorrow = new Date(clock.now() + 86_400_000).toISOString().slice(0, 10);
    const body = parseUpstream(
      exportEventsResponseSchema,
      await upstream.request(
        {
          method: 'GET',
          path: '/export/events',
          query: [
            ['limit', '1'],
            ['start', ALL_TIME_START],
            ['end', tomorrow],
          ],
          group: 'export',
        },
        stats,
      ),
    );
    const id = body.data[0]?.projectId;
    return id ? [{ id, name: id }] : [];
  }

  return {
    async list(stats: RequestStats): Promise<Project[]> {
      if (cached && cached.expiresAt > clock.now()) return cached.projects;
      pending ??= load(stats).finally(() => {
        pending = null;
      });
      const projects = await pending;
      cached = { projects, expiresAt: clock.now() + 60_000 };
      return projects;
    },
    async has(projectId: string, stats: RequestStats): Promise<boolean> {
      return (await this.list(stats)).some((p) => p.id === projectId);
    },
  };
}
export type ProjectDirectory = ReturnType<typeof createProjectDirectory>;
