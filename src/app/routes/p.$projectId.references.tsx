import { createFileRoute, useLocation } from '@tanstack/react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { referencesQuery } from '../features/references/api/references-query.ts';
import { ReferencesPage } from '../features/references/components/references-page.tsx';
import {
  readReferencesSearch,
  referencesSearchNotices,
} from '../features/references/references-search.ts';
import { configQuery } from '../features/shell/api/config-query.ts';
import { sessionQuery } from '../features/shell/api/session-query.ts';

export const Route = createFileRoute('/p/$projectId/references')({
  // Tolerant: unreadable parts are dropped and listed on the page, never an error.
  validateSearch: (raw: Record<string, unknown>) => readReferencesSearch(raw),
  // The list is fetched once per project; search and dates filter it in the browser (§8.1).
  loader: ({ context: { queryClient }, params: { projectId } }) => {
    void queryClient.prefetchQuery(referencesQuery(projectId));
  },
  component: ReferencesRoute,
});

function ReferencesRoute() {
  const { projectId } = Route.useParams();
  const search = Route.useSearch();
  const rawSearch = useLocation({ select: (location) => location.search });
  const navigate = Route.useNavigate();
  const { data: config } = useSuspenseQuery(configQuery());
  const { data: session } = useSuspenseQuery(sessionQuery());
  return (
    <ReferencesPage
      projectId={projectId}
      timeZone={config.timezone}
      search={search}
      notices={referencesSearchNotices(rawSearch as Record<string, unknown>)}
      // Only editors write (the BFF checks too); open demo access signs in as an editor.
      canEdit={session.user?.role === 'editor'}
      onSearchChange={(next) =>
        void navigate({ search: readReferencesSearch(next), replace: true, resetScroll: false })
      }
    />
  );
}
