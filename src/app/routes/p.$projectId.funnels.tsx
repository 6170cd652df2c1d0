import { useState } from 'react';
import { createFileRoute, useLocation } from '@tanstack/react-router';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import {
  funnelSearchOf,
  funnelViewStateIssues,
  parseFunnelViewState,
} from '../../contract/funnel-view-state.ts';
import { configQuery } from '../features/shell/api/config-query.ts';
import { sessionQuery } from '../features/shell/api/session-query.ts';
import { referencesQuery } from '../features/references/api/references-query.ts';
import { funnelApiSearch, funnelQuery } from '../features/funnels/api/funnel-query.ts';
import { FunnelPage } from '../features/funnels/components/funnel-page.tsx';

export const Route = createFileRoute('/p/$projectId/funnels')({
  // Tolerant: a hand-edited or old link always opens; what was ignored is listed on the page.
  validateSearch: (raw: Record<string, unknown>) => funnelSearchOf(parseFunnelViewState(raw)),
  loaderDeps: ({ search }) => ({ apiSearch: funnelApiSearch(parseFunnelViewState(search)) }),
  // Warm the cache without awaiting: each widget shows its own skeleton and error (architecture §6).
  loader: ({ context: { queryClient }, params: { projectId }, deps: { apiSearch } }) => {
    void queryClient.prefetchQuery(funnelQuery(projectId, apiSearch));
    void queryClient.prefetchQuery(referencesQuery(projectId));
  },
  component: FunnelsRoute,
});

function FunnelsRoute() {
  const { projectId } = Route.useParams();
  const state = parseFunnelViewState(Route.useSearch());
  const rawSearch = useLocation({ select: (location) => location.search });
  const navigate = Route.useNavigate();
  const [now] = useState(() => Date.now());
  const { data: config } = useSuspenseQuery(configQuery());
  const { data: session } = useSuspenseQuery(sessionQuery());
  const references = useQuery(referencesQuery(projectId));
  return (
    <FunnelPage
      projectId={projectId}
      state={state}
      issues={funnelViewStateIssues(rawSearch as Record<string, unknown>)}
      timeZone={config.timezone}
      references={references.isError ? null : references.data?.references}
      now={now}
      // Only editors may create share links (the BFF checks too); open demo access signs in as an editor.
      canShare={session.user?.role === 'editor'}
      csrfToken={session.csrfToken}
      onStateChange={(next) => void navigate({ search: funnelSearchOf(next) })}
    />
  );
}
