import { HttpResponse, http } from 'msw';
import type {
  ConfigResponse,
  ProjectsResponse,
  ReferencesResponse,
  SessionResponse,
} from '../../contract/bff-api.ts';
import type { ChartsResponse } from '../../contract/openpanel-charts.ts';

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
  ];
}
