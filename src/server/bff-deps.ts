import type { AccessSettings } from './auth/access-settings.ts';
import type { SessionPayload } from './auth/session-token.ts';
import type { ServerEnv } from './config/server-env.ts';
import type { ProjectDirectory } from './project-directory.ts';
import type { Clock } from './upstream/clock.ts';
import type { RequestStats } from './upstream/request-stats.ts';
import type { UpstreamClient } from './upstream/upstream-client.ts';

/** Everything the BFF's routes need; start-server builds the real one, tests build their own. */
export interface BffDeps {
  env: ServerEnv;
  mode: 'demo' | 'live';
  upstream: UpstreamClient;
  projects: ProjectDirectory;
  access: AccessSettings;
  sessionSecret: string;
  shareSecret: string;
  clock: Clock;
  log: (line: string) => void;
  /** The built SPA; absent in API-only tests. */
  distDir?: string;
}

/** Hono variables set per request. */
export interface BffEnv {
  Variables: {
    stats: RequestStats;
    session: SessionPayload | null;
  };
}
