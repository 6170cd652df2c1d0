import { useState } from 'react';
import { createFileRoute, stripSearchParams, useLocation } from '@tanstack/react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import {
  defaultEventsViewState,
  eventsViewStateIssues,
  parseEventsViewState,
} from '../../contract/events-view-state.ts';
import { configQuery } from '../features/shell/api/config-query.ts';
import { sessionQuery } from '../features/shell/api/session-query.ts';
import { eventsQuery } from '../features/events/api/events-query.ts';
import { eventsBffParams } from '../features/events/events-bff-params.ts';
import { dayInZone } from '../features/events/event-window.ts';
import { EventsPage } from '../features/events/components/events-page.tsx';

export const Route = createFileRoute('/p/$projectId/events')({
  // Tolerant: a hand-edited or old link always opens; what was ignored is listed on the page.
  validateSearch: (raw: Record<string, unknown>) => parseEventsViewState(raw),
  // Defaults stay out of the URL, so links are short and one view has one spelling.
  search: { middlewares: [stripSearchParams(defaultEventsViewState)] },
  loaderDeps: ({ search }) => ({ search }),
  // Warm the cache without awaiting the page: the table shows its own skeleton and error (architecture §6).
  loader: async ({ context: { queryClient }, params: { projectId }, deps: { search } }) => {
    const config = await queryClient.ensureQueryData(configQuery());
    const today = dayInZone(Date.now(), config.timezone);
    void queryClient.prefetchQuery(eventsQuery(projectId, eventsBffParams(search, today)));
  },
  component: EventsRoute,
});

function EventsRoute() {
  const { projectId } = Route.useParams();
  const state = Route.useSearch();
  const rawSearch = useLocation({ select: (location) => location.search });
  const navigate = Route.useNavigate();
  const { data: config } = useSuspenseQuery(configQuery());
  const { data: session } = useSuspenseQuery(sessionQuery());
  // "Today" is fixed for the life of the page, so the query key does not change under the user.
  const [today] = useState(() => dayInZone(Date.now(), config.timezone));
  return (
    <EventsPage
      projectId={projectId}
      state={state}
      issues={eventsViewStateIssues(rawSearch as Record<string, unknown>)}
      timeZone={config.timezone}
      today={today}
      canMark={session.user?.role === 'editor'}
      csrfToken={session.csrfToken}
      onStateChange={(next) => void navigate({ search: next })}
    />
  );
}
