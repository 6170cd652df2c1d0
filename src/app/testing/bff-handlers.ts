import { HttpResponse, http } from 'msw';
import type {
  ConfigResponse,
  FunnelResponse,
  ProjectsResponse,
  ReferencesResponse,
  SessionResponse,
} from '../../contract/bff-api.ts';
import type { ChartsResponse } from '../../contract/openpanel-charts.ts';
import type { ExportEventsResponse } from '../../contract/openpanel-events.ts';

export interface BffFixture {
  config?: Partial<ConfigResponse>;
  session?: SessionResponse;
}

/** Hand-built BFF answers for component tests: two projects, an open demo dashboard, no data. */
export function bffHandlers(fixture: BffFixture = {}) {
  const config: ConfigResponse = { mode: 'demo', timezone: 'UTC', auth: 'open', ...fixture.config };
  const session: SessionResponse = fixture.session ?? {
    user: null,
    csrfToken: null,
    authRequired: false,
  };
  const projects: ProjectsResponse = {
    projects: [
      { id: 'demo', name: 'Demo Shop' },
      { id: 'blog', name: 'Blog' },
    ],
  };
  const chart: ChartsResponse = { series: [], metrics: { sum: 0, average: 0, min: 0, max: 0 } };
  const references: ReferencesResponse = { references: [] };
  return [
    http.get('*/api/config', () => HttpResponse.json(config)),
    http.get('*/api/session', () => HttpResponse.json(session)),
    http.get('*/api/projects', () => HttpResponse.json(projects)),
    http.get('*/api/projects/:projectId/chart', () => HttpResponse.json(chart)),
    http.get('*/api/projects/:projectId/references', () => HttpResponse.json(references)),
    // Chart builder pickers: a few demo event names and property keys.
    http.get('*/api/projects/:projectId/event-names', () =>
      HttpResponse.json({ names: ['screen_view', 'session_start', 'purchase'] }),
    ),
    http.get('*/api/projects/:projectId/event-properties', () =>
      HttpResponse.json({ columns: ['path', 'country'], properties: ['properties.plan'] }),
    ),
  ];
}

/**
 * The funnel endpoint answering `funnel` (by default an empty funnel from `/export/funnel`); tests that
 * check figures pass ones computed by hand (§7.2).
 */
export function funnelBffHandlers(
  funnel: FunnelResponse = {
    totalUnits: 0,
    completedUnits: 0,
    overallConversionRate: 0,
    steps: [],
    perStepFiltersApplied: true,
    source: 'export',
  },
) {
  return [http.get('*/api/projects/:projectId/funnel', () => HttpResponse.json(funnel))];
}

/** The events endpoint answering one page (by default nothing matches), for the Events page's tests. */
export function eventsBffHandlers(
  page: ExportEventsResponse = {
    meta: { count: 0, totalCount: 0, pages: 0, current: 1 },
    data: [],
  },
) {
  return [http.get('*/api/projects/:projectId/events', () => HttpResponse.json(page))];
}
