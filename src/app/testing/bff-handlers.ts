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
import type { Reference, ReferenceCreate, ReferencePatch } from '../../contract/bff-api.ts';

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
    // The header's live badge polls this on every page.
    http.get('*/api/projects/:projectId/live', () => HttpResponse.json({ visitors: 0 })),
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

/**
 * The References endpoints over an in-memory list (the BFF's behaviour, §8.1): PATCH honours
 * `expectedUpdatedAt` (409 `conflict`) and stores a cleared description (null) as "" like the upstream;
 * `now` stamps created/updated times. Tests read and change `store.references` directly (e.g. to play a
 * teammate's edit) and see every write body in `store.writes`.
 */
export function referencesBffHandlers(initial: Reference[], now = '2026-11-20T12:00:00.000Z') {
  const store = {
    references: [...initial],
    writes: [] as { method: string; id?: string; body: unknown }[],
    nextId: 1,
  };
  const find = (id: unknown) => store.references.find((r) => r.id === id);
  const notFound = () =>
    HttpResponse.json(
      { error: { code: 'not_found', message: 'Reference not found' } },
      { status: 404 },
    );
  const handlers = [
    http.get('*/api/projects/:projectId/references', () =>
      HttpResponse.json({ references: store.references }),
    ),
    http.get('*/api/projects/:projectId/references/:id', ({ params }) => {
      const found = find(params.id);
      return found ? HttpResponse.json({ reference: found }) : notFound();
    }),
    http.post('*/api/projects/:projectId/references', async ({ request, params }) => {
      const body = (await request.json()) as ReferenceCreate;
      store.writes.push({ method: 'POST', body });
      const id = `00000000-0000-4000-8000-${String(store.nextId++).padStart(12, '0')}`;
      const created: Reference = {
        id,
        title: body.title,
        description: body.description ? body.description : null,
        date: new Date(body.datetime).toISOString(),
        projectId: String(params.projectId),
        createdAt: now,
        updatedAt: now,
      };
      store.references = [created, ...store.references];
      return HttpResponse.json({ reference: created });
    }),
    http.patch('*/api/projects/:projectId/references/:id', async ({ request, params }) => {
      const body = (await request.json()) as ReferencePatch;
      store.writes.push({ method: 'PATCH', id: String(params.id), body });
      const found = find(params.id);
      if (!found) return notFound();
      if (body.expectedUpdatedAt !== undefined && body.expectedUpdatedAt !== found.updatedAt) {
        return HttpResponse.json(
          { error: { code: 'conflict', message: 'Someone changed this reference.' } },
          { status: 409 },
        );
      }
      const updated: Reference = {
        ...found,
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.description !== undefined ? { description: body.description ?? '' } : {}),
        ...(body.datetime !== undefined ? { date: new Date(body.datetime).toISOString() } : {}),
        updatedAt: now,
      };
      store.references = store.references.map((r) => (r.id === updated.id ? updated : r));
      return HttpResponse.json({ reference: updated });
    }),
    http.delete('*/api/projects/:projectId/references/:id', ({ params }) => {
      store.writes.push({ method: 'DELETE', id: String(params.id), body: null });
      if (!find(params.id)) return notFound();
      store.references = store.references.filter((r) => r.id !== params.id);
      return HttpResponse.json({ success: true });
    }),
  ];
  return { handlers, store };
}
