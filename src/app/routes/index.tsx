import { createFileRoute, redirect } from '@tanstack/react-router';
import { projectsQuery } from '../features/shell/api/projects-query.ts';
import { requireSession } from '../features/shell/require-session.ts';
import { NoProjects } from '../features/shell/components/no-projects.tsx';

/** `/` sends the user to the first project's charts. */
export const Route = createFileRoute('/')({
  loader: async ({ context: { queryClient }, location }) => {
    await requireSession(queryClient, location.href);
    const { projects } = await queryClient.ensureQueryData(projectsQuery());
    const first = projects[0];
    if (first) throw redirect({ to: '/p/$projectId/charts', params: { projectId: first.id } });
  },
  component: NoProjects,
});
