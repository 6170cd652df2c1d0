// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { bffHandlers, eventsBffHandlers } from '../../../testing/bff-handlers.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = mswTestServer();

/** Answers `/live` per project and records which projects were asked. */
function liveAnswer(answer: (projectId: string) => Response, seen: string[] = []) {
  return http.get('*/api/projects/:projectId/live', ({ params }) => {
    seen.push(String(params.projectId));
    return answer(String(params.projectId));
  });
}

// The test's own /live answer goes first: MSW uses the first matching handler, and bffHandlers()
// has a default /live answer of its own.
describe('live visitors badge', () => {
  it('shows the project’s live visitors in the header with a full accessible label', async () => {
    const seen: string[] = [];
    server.use(
      liveAnswer((id) => HttpResponse.json({ visitors: id === 'demo' ? 3 : 1 }), seen),
      ...bffHandlers(),
      ...eventsBffHandlers(),
    );
    renderApp('/p/demo/events');
    const badge = await screen.findByRole('status', { name: '3 visitors in the last 5 minutes' });
    expect(badge).toHaveTextContent('3 live');
    expect(badge.closest('header')).not.toBeNull();
    expect(seen).toEqual(['demo']);
  });

  it('uses the singular for one visitor', async () => {
    server.use(
      liveAnswer(() => HttpResponse.json({ visitors: 1 })),
      ...bffHandlers(),
      ...eventsBffHandlers(),
    );
    renderApp('/p/blog/events');
    const badge = await screen.findByRole('status', { name: '1 visitor in the last 5 minutes' });
    expect(badge).toHaveTextContent('1 live');
  });

  it('stays hidden when the BFF fails, and the page still works', async () => {
    const seen: string[] = [];
    server.use(
      liveAnswer(
        () =>
          HttpResponse.json(
            { error: { code: 'upstream_unavailable', message: 'OpenPanel is down' } },
            { status: 502 },
          ),
        seen,
      ),
      ...bffHandlers(),
      ...eventsBffHandlers(),
    );
    renderApp('/p/demo/events');
    expect(await screen.findByRole('heading', { level: 1, name: 'Events' })).toBeInTheDocument();
    await waitFor(() => expect(seen).toEqual(['demo']));
    expect(screen.queryByText(/live$/)).toBeNull();
    expect(screen.queryByRole('status', { name: /in the last 5 minutes/ })).toBeNull();
  });
});
