import { useState } from 'react';
import { createFileRoute } from '@tanstack/react-router';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { SessionResponse, ShareInfoResponse } from '../../contract/bff-api.ts';
import type { ChartViewState } from '../../contract/chart-view-state.ts';
import { parseFunnelViewState } from '../../contract/funnel-view-state.ts';
import { describeChartView } from '../features/charts/describe-chart-view.ts';
import { ChartsPage } from '../features/charts/components/charts-page.tsx';
import { FunnelPage } from '../features/funnels/components/funnel-page.tsx';
import { referencesQuery } from '../features/references/api/references-query.ts';
import { shareQuery } from '../features/share/api/share-query.ts';
import { ShareLanding } from '../features/share/components/share-landing.tsx';
import type { SharedViewParts } from '../features/share/components/share-landing.tsx';
import { describeSharedFunnel } from '../features/share/describe-shared-funnel.ts';
import { readOnlyChartPatch } from '../features/share/read-only-chart-patch.ts';
import { sharedChartState } from '../features/share/shared-chart-state.ts';
import { configQuery } from '../features/shell/api/config-query.ts';
import { sessionQuery } from '../features/shell/api/session-query.ts';

/**
 * Share links land here and work without a session: the view is drawn inline, read-only, and its one data
 * request carries the token. `/api/config` and `/api/session` are public, so they load for anyone.
 */
export const Route = createFileRoute('/s/$token')({
  loader: ({ context: { queryClient }, params: { token } }) => {
    void queryClient.prefetchQuery(shareQuery(token));
    return Promise.all([
      queryClient.ensureQueryData(configQuery()),
      queryClient.ensureQueryData(sessionQuery()),
    ]);
  },
  component: SharePage,
});

interface SharedProps {
  grant: ShareInfoResponse;
  token: string;
  timeZone: string;
  session: SessionResponse;
}

/**
 * Legend toggles, metric, "show more" and the open reference stay local: they change no request (see
 * readOnlyChartPatch). The markers are the references the BFF lists to this token: only those inside the
 * shared chart's window. If they fail to load, the chart still shows, with a small notice.
 */
function SharedChart({ grant, token, timeZone, session }: SharedProps) {
  const [local, setLocal] = useState<Partial<ChartViewState>>({});
  const references = useQuery(referencesQuery(grant.projectId, token));
  return (
    <ChartsPage
      projectId={grant.projectId}
      state={{ ...sharedChartState(grant.search), ...local }}
      notices={[]}
      timeZone={timeZone}
      session={session}
      references={references.data?.references ?? []}
      referencesFailed={references.isError}
      onChange={(patch) => setLocal((prev) => ({ ...prev, ...readOnlyChartPatch(patch) }))}
      onDismissNotices={() => {}}
      onReferenceCreated={() => {}}
      share={{ token, search: grant.search }}
    />
  );
}

function SharedFunnel({ grant, token, timeZone }: SharedProps) {
  // Fixed per visit, like the funnels page, so a live window's label does not move on every render.
  const [now] = useState(() => Date.now());
  return (
    <FunnelPage
      projectId={grant.projectId}
      state={parseFunnelViewState(Object.fromEntries(new URLSearchParams(grant.search)))}
      issues={[]}
      timeZone={timeZone}
      references={[]}
      now={now}
      canShare={false}
      csrfToken={null}
      onStateChange={() => {}}
      share={{ token, search: grant.search }}
    />
  );
}

function SharePage() {
  const { token } = Route.useParams();
  const { data: config } = useSuspenseQuery(configQuery());
  const { data: session } = useSuspenseQuery(sessionQuery());
  const renderView = (grant: ShareInfoResponse): SharedViewParts => {
    const props = { grant, token, timeZone: config.timezone, session };
    return grant.view === 'chart'
      ? {
          description: describeChartView(sharedChartState(grant.search)),
          content: <SharedChart {...props} />,
        }
      : {
          description: describeSharedFunnel(
            parseFunnelViewState(Object.fromEntries(new URLSearchParams(grant.search))),
          ),
          content: <SharedFunnel {...props} />,
        };
  };
  return (
    <ShareLanding
      token={token}
      timeZone={config.timezone}
      signedIn={session.user !== null}
      renderView={renderView}
    />
  );
}
