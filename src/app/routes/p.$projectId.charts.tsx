import { createFileRoute, useLocation } from '@tanstack/react-router';
import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { Reference } from '../../contract/bff-api.ts';
import { chartBffParams } from '../features/charts/api/chart-bff-params.ts';
import { chartQuery } from '../features/charts/api/chart-query.ts';
import { parseChartViewState, serializeChartViewState } from '../../contract/chart-view-state.ts';
import type { ChartViewState } from '../../contract/chart-view-state.ts';
import { ChartsPage } from '../features/charts/components/charts-page.tsx';
import { referencesQuery } from '../features/references/api/references-query.ts';
import { configQuery } from '../features/shell/api/config-query.ts';
import { sessionQuery } from '../features/shell/api/session-query.ts';

/**
 * A share link opens this page with the BFF's own query keys (the share token is bound to that query
 * string): `startDate`/`endDate`/`previous` are read as `from`/`to`/`compare`; series and breakdowns are
 * already the same keys (JSON text, which the state parser reads).
 */
function withShareAliases(search: Record<string, unknown>): Record<string, unknown> {
  const { startDate, endDate, previous, ...rest } = search;
  const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : value);
  return {
    ...rest,
    ...(startDate !== undefined && rest.from === undefined ? { from: day(startDate) } : {}),
    ...(endDate !== undefined && rest.to === undefined ? { to: day(endDate) } : {}),
    ...(previous !== undefined && rest.compare === undefined ? { compare: previous } : {}),
  };
}

export const Route = createFileRoute('/p/$projectId/charts')({
  // The URL is the whole chart state. Validation is tolerant (never throws); the canonical short form is
  // what components read, and the notices are computed from the raw URL below.
  validateSearch: (search: Record<string, unknown>) =>
    serializeChartViewState(parseChartViewState(withShareAliases(search)).state),
  loaderDeps: ({ search }) => ({ search }),
  // Warm the cache without awaiting: each widget shows its own skeleton and error (architecture §6).
  loader: ({ context: { queryClient }, params: { projectId }, deps: { search } }) => {
    const { state } = parseChartViewState(search);
    // An anchored window needs the references' dates first; the page resolves it, so no prefetch here.
    if (!state.anchor) void queryClient.prefetchQuery(chartQuery(projectId, chartBffParams(state)));
    void queryClient.prefetchQuery(referencesQuery(projectId));
  },
  component: ChartsRoute,
});

function ChartsRoute() {
  const { projectId } = Route.useParams();
  const search = Route.useSearch();
  const rawSearch = useLocation({ select: (location) => location.search });
  const navigate = Route.useNavigate();
  const queryClient = useQueryClient();
  const { data: config } = useSuspenseQuery(configQuery());
  const { data: session } = useSuspenseQuery(sessionQuery());
  const references = useQuery(referencesQuery(projectId));

  const { state } = parseChartViewState(search);
  const { notices } = parseChartViewState(withShareAliases(rawSearch));
  const write = (next: ChartViewState) =>
    void navigate({ search: serializeChartViewState(next), resetScroll: false });

  return (
    <ChartsPage
      projectId={projectId}
      state={state}
      notices={notices}
      timeZone={config.timezone}
      session={session}
      references={references.data?.references ?? []}
      referencesFailed={references.isError}
      onChange={(patch) => write({ ...state, ...patch })}
      onDismissNotices={() => write(state)}
      onReferenceCreated={(reference: Reference) => {
        write({ ...state, ref: reference.id });
        void queryClient.invalidateQueries({ queryKey: referencesQuery(projectId).queryKey });
      }}
    />
  );
}
