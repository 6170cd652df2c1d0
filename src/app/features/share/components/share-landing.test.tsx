// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { bffHandlers } from '../../../testing/bff-handlers.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

function shareAnswers(status: number, body: JsonBodyType) {
  return http.get('*/api/share/:token', () => HttpResponse.json(body, { status }));
}

describe('share landing', () => {
  it('says an expired link has expired', async () => {
    server.use(
      ...bffHandlers(),
      shareAnswers(403, {
        error: { code: 'share_expired', message: 'This shared link has expired.' },
      }),
    );
    renderApp('/s/abc.def');
    expect(
      await screen.findByRole('heading', { name: 'This share link has expired' }),
    ).toBeInTheDocument();
  });

  it('says a tampered link is invalid', async () => {
    server.use(
      ...bffHandlers(),
      shareAnswers(403, {
        error: { code: 'share_invalid', message: 'This shared link is not valid.' },
      }),
    );
    renderApp('/s/garbage');
    expect(
      await screen.findByRole('heading', { name: 'This share link is invalid' }),
    ).toBeInTheDocument();
  });

  it('links a valid token to the shared view with its search', async () => {
    server.use(
      ...bffHandlers(),
      shareAnswers(200, {
        view: 'funnel',
        projectId: 'blog',
        search: 'range=7d',
        expiresAt: '2026-11-30T12:00:00.000Z',
      }),
    );
    renderApp('/s/good');
    const link = await screen.findByRole('link', { name: 'Open the funnel' });
    expect(link).toHaveAttribute('href', '/p/blog/funnels?range=7d');
  });
});
