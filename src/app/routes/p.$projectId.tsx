import { Outlet, createFileRoute } from '@tanstack/react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { configQuery } from '../features/shell/api/config-query.ts';
import { projectsQuery } from '../features/shell/api/projects-query.ts';
import { sessionQuery } from '../features/shell/api/session-query.ts';
import { requireSession } from '../features/shell/require-session.ts';
import { AppShell } from '../features/shell/components/app-shell.tsx';

/** The layout of every project page: header, project picker, section tabs. */
export const Route = createFileRoute('/p/$projectId')({
  beforeLoad: ({ context: { queryClient }, location }) =>
    requireSession(queryClient, location.href),
  loader: ({ context: { queryClient } }) =>
    Promise.all([
      queryClient.ensureQueryData(configQuery()),
      queryClient.ensureQueryData(projectsQuery()),
    ]),
  component: ProjectLayout,
});

function ProjectLayout() {
  const { projectId } = Route.useParams();
  const { data: config } = useSuspenseQuery(configQuery());
  const { data: session } = useSuspenseQuery(sessionQuery());
  const { data: projects } = useSuspenseQuery(projectsQuery());
  return (
    <AppShell config={config} session={session} projects={projects.projects} projectId={projectId}>
      <Outlet />
    </AppShell>
  );
}
