import { createFileRoute, redirect } from '@tanstack/react-router';

/** `/p/demo` has no page of its own: charts is the project's home. */
export const Route = createFileRoute('/p/$projectId/')({
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/p/$projectId/charts', params });
  },
});
