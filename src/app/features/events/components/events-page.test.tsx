// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ExportEvent } from '../../../../contract/openpanel-events.ts';
import { bffHandlers, eventsBffHandlers } from '../../../testing/bff-handlers.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = mswTestServer();

const event = (id: string, name: string, createdAt: string, country: string): ExportEvent => ({
  id,
  name,
  deviceId: `d-${id}`,
  profileId: `d-${id}`,
  projectId: 'demo',
  sessionId: 's-1',
  createdAt,
  country,
  city: 'Town',
  os: 'macOS',
  browser: 'Chrome',
  path: '/',
  groups: [],
});
const twoEvents = {
  meta: { count: 2, totalCount: 2, pages: 1, current: 1 },
  data: [
    event('e1', 'signup', '2026-11-20T11:00:00.000Z', 'SE'),
    event('e2', 'screen_view', '2026-11-20T10:30:00.000Z', 'DE'),
  ],
};

/** Records every events request's query string. */
function eventsAnswer(answer: () => Response, seen: string[] = []) {
  return http.get('*/api/projects/:projectId/events', ({ request }) => {
    seen.push(new URL(request.url).search);
    return answer();
  });
}

describe('events page', () => {
  it('shows rows in the organization zone with country names and an explicit window', async () => {
    const seen: string[] = [];
    server.use(
      ...bffHandlers({ config: { timezone: 'Europe/Stockholm' } }),
      eventsAnswer(() => HttpResponse.json(twoEvents), seen),
    );
    renderApp('/p/demo/events?events=%5B%22signup%22%2C%22screen_view%22%5D');
    const table = await screen.findByRole('table', { name: 'Events' });
    const rows = within(table).getAllByRole('row');
    // Header + 2 rows; 11:00 UTC is 12:00 in Stockholm.
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('2026-11-20 12:00:00signup/Sweden (SE)');
    expect(rows[2]).toHaveTextContent('Germany (DE)');
    expect(screen.getByText('1–2 of 2 · page 1 of 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next ›' })).toBeDisabled();
    // Both ends always sent (§4.2); two names travel as one `name is …` filter.
    expect(seen[0]).toMatch(/^\?start=1970-01-01&end=\d{4}-\d{2}-\d{2}&page=1&limit=50&filters=/);
    expect(decodeURIComponent(seen[0] ?? '')).toContain(
      '[{"name":"name","operator":"is","value":["signup","screen_view"]}]',
    );
  });

  it('shows the BFF message with Retry, then the rows', async () => {
    let fail = true;
    server.use(
      ...bffHandlers(),
      eventsAnswer(() =>
        fail
          ? HttpResponse.json(
              { error: { code: 'rate_limited', message: 'OpenPanel is busy; try again.' } },
              { status: 429 },
            )
          : HttpResponse.json(twoEvents),
      ),
    );
    renderApp('/p/demo/events');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load events (429)');
    expect(alert).toHaveTextContent('OpenPanel is busy; try again.');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Events' })).toBeInTheDocument();
  });

  it('says why it is empty and lists ignored link parts', async () => {
    server.use(...bffHandlers(), ...eventsBffHandlers());
    renderApp('/p/demo/events?events=%5B%22nope%22%5D&size=5000&sort=asc');
    expect(
      await screen.findByText(/No events match these events and filters between 1970-01-01 and/),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      // The router has replaced `size=5000` with the default by the time the page renders; the unknown
      // key survives and is named (the contract's own test covers every value message).
      'Parts of this link were ignored: unknown parameter “sort”.',
    );
  });

  it('opens a drawer on a row, walks with the arrow keys, and marks the moment as an editor', async () => {
    let posted: { body: unknown; csrf: string | null } | undefined;
    server.use(
      ...bffHandlers({
        session: { user: { name: 'Ed', role: 'editor' }, csrfToken: 'tok-1', authRequired: false },
      }),
      eventsAnswer(() => HttpResponse.json(twoEvents)),
      http.post('*/api/projects/:projectId/references', async ({ request }) => {
        posted = { body: await request.json(), csrf: request.headers.get('x-csrf-token') };
        return HttpResponse.json({
          reference: {
            id: '1af09627-0000-4000-8000-000000000001',
            title: 'signup',
            description: 'Marked from event e1',
            date: '2026-11-20T11:00:00.000Z',
            projectId: 'demo',
            createdAt: '2026-11-23T12:00:00.000Z',
            updatedAt: '2026-11-23T12:00:00.000Z',
          },
        });
      }),
    );
    renderApp('/p/demo/events');
    const table = await screen.findByRole('table', { name: 'Events' });
    fireEvent.click(within(table).getAllByRole('row')[1]!);
    const drawer = screen.getByRole('dialog');
    expect(drawer).toHaveTextContent('1 of 2 on this page');
    fireEvent.keyDown(drawer, { key: 'ArrowRight' });
    expect(screen.getByRole('dialog')).toHaveTextContent('2 of 2 on this page');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'ArrowLeft' });
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark this moment' }),
    );
    expect(await screen.findByRole('link', { name: 'See it on the chart' })).toBeInTheDocument();
    expect(posted).toEqual({
      body: {
        title: 'signup',
        description: 'Marked from event e1',
        datetime: '2026-11-20T11:00:00.000Z',
      },
      csrf: 'tok-1',
    });
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('hides "Mark this moment" from viewers', async () => {
    server.use(
      ...bffHandlers({
        session: { user: { name: 'Vi', role: 'viewer' }, csrfToken: 'tok-2', authRequired: false },
      }),
      eventsAnswer(() => HttpResponse.json(twoEvents)),
    );
    renderApp('/p/demo/events');
    const table = await screen.findByRole('table', { name: 'Events' });
    fireEvent.click(within(table).getAllByRole('row')[1]!);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark this moment' })).not.toBeInTheDocument();
  });
});
