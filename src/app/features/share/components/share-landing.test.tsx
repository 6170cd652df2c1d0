// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { JsonBodyType } from 'msw';
import type { FunnelResponse, SessionResponse } from '../../../../contract/bff-api.ts';
import type { ChartsResponse } from '../../../../contract/openpanel-charts.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = mswTestServer({ resizeObserver: true });
/** Every BFF path the page asked for: a share visitor must only reach what the token covers. */
let asked: string[] = [];
beforeAll(() => {
  server.events.on('request:start', ({ request }) => {
    asked.push(new URL(request.url).pathname);
  });
  // A jsdom "layout" of 800 × 320 boxes, so Recharts draws the chart and its reference markers.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width: 800, height: 320 }),
  );
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(320);
});
afterAll(() => vi.restoreAllMocks());
afterEach(() => {
  asked = [];
});

const signedOut: SessionResponse = { user: null, csrfToken: null, authRequired: true };
const viewer: SessionResponse = {
  user: { name: 'ann', role: 'viewer' },
  csrfToken: 'csrf',
  authRequired: true,
};

/** The public endpoints plus `GET /api/share/:token` answering `status`/`body`. */
function sharePage(status: number, body: JsonBodyType, session: SessionResponse = signedOut) {
  return [
    http.get('*/api/config', () =>
      HttpResponse.json({ mode: 'demo', timezone: 'Europe/Stockholm', auth: 'password' }),
    ),
    http.get('*/api/session', () => HttpResponse.json(session)),
    http.get('*/api/share/:token', () => HttpResponse.json(body, { status })),
  ];
}

/** `series=[{"name":"screen_view"}]&range=7d&interval=day`, as the charts page sends it. */
const CHART_SEARCH = 'series=%5B%7B%22name%22%3A%22screen_view%22%7D%5D&range=7d&interval=day';
const chartGrant = {
  view: 'chart',
  projectId: 'demo',
  search: CHART_SEARCH,
  expiresAt: '2026-11-27T11:00:00.000Z',
};

/** One series over two days: 50 + 30. */
const chart: ChartsResponse = {
  series: [
    {
      id: 'screen_view',
      names: ['screen_view'],
      event: { id: 'A', name: 'screen_view' },
      metrics: { sum: 80, average: 40, min: 30, max: 50 },
      data: [
        { date: '2026-11-19 00:00:00', count: 50 },
        { date: '2026-11-20 00:00:00', count: 30 },
      ],
    },
  ],
  metrics: { sum: 80, average: 40, min: 30, max: 50 },
};

/** Inside the shared chart's two days (19 Nov 2026 13:00 in Stockholm). */
const launch = {
  id: '1af09627-0000-4000-8000-000000000001',
  title: 'Launch v2',
  description: null,
  date: '2026-11-19T12:00:00.000Z',
  projectId: 'demo',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

describe('share landing', () => {
  it('says an expired link has expired', async () => {
    server.use(
      ...sharePage(403, {
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
      ...sharePage(403, {
        error: { code: 'share_invalid', message: 'This shared link is not valid.' },
      }),
    );
    renderApp('/s/garbage');
    expect(
      await screen.findByRole('heading', { name: 'This share link is invalid' }),
    ).toBeInTheDocument();
  });

  it('draws a shared chart without a session: token header, exact search, no builder', async () => {
    let request: { token: string | null; search: string } | undefined;
    let referencesRequest: { token: string | null; search: string } | undefined;
    server.use(
      ...sharePage(200, chartGrant),
      http.get('*/api/projects/demo/chart', ({ request: r }) => {
        request = { token: r.headers.get('x-share-token'), search: new URL(r.url).search };
        return HttpResponse.json(chart);
      }),
      http.get('*/api/projects/demo/references', ({ request: r }) => {
        referencesRequest = {
          token: r.headers.get('x-share-token'),
          search: new URL(r.url).search,
        };
        return HttpResponse.json({ references: [launch] });
      }),
    );
    renderApp('/s/tok.sig');

    expect(await screen.findByRole('heading', { name: 'Shared chart' })).toBeInTheDocument();
    const banner = screen.getByRole('region', { name: 'About this shared link' });
    expect(within(banner).getByTestId('share-description')).toHaveTextContent(
      'screen_view · Last 7 days (live range)',
    );
    // 2026-11-27T11:00Z is 12:00 in Stockholm (CET, UTC+1).
    expect(banner).toHaveTextContent('Link valid until 27 Nov 2026, 12:00 (Europe/Stockholm).');
    expect(within(banner).getByText('Read-only shared chart · project demo')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'CSV' })).toBeInTheDocument();
    expect(request).toEqual({ token: 'tok.sig', search: `?${CHART_SEARCH}` });

    expect(screen.queryByRole('region', { name: 'Chart builder' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share read-only link' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open in the dashboard' })).not.toBeInTheDocument();
    // Only what the token covers (no event names or project list) plus the public config. The references
    // go with the token and no query: the BFF derives the window from the grant, never from the request.
    expect([...new Set(asked)].sort()).toEqual([
      '/api/config',
      '/api/projects/demo/chart',
      '/api/projects/demo/references',
      '/api/session',
      '/api/share/tok.sig',
    ]);
    expect(referencesRequest).toEqual({ token: 'tok.sig', search: '' });

    // The marker is drawn and opens read-only: no Edit or Delete for a share visitor.
    await userEvent.click(await screen.findByRole('button', { name: 'Reference: Launch v2' }));
    const popover = await screen.findByRole('complementary', { name: 'Reference Launch v2' });
    expect(within(popover).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(within(popover).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(within(popover).queryByRole('link', { name: 'All references' })).not.toBeInTheDocument();
    await userEvent.click(within(popover).getByRole('button', { name: 'Close reference' }));
    expect(
      screen.queryByRole('complementary', { name: 'Reference Launch v2' }),
    ).not.toBeInTheDocument();
  });

  it('still draws the shared chart when its references fail, with a small notice', async () => {
    server.use(
      ...sharePage(200, chartGrant),
      http.get('*/api/projects/demo/chart', () => HttpResponse.json(chart)),
      http.get('*/api/projects/demo/references', () =>
        // A 4xx, so the query gives up at once instead of retrying (query-client.ts).
        HttpResponse.json(
          {
            error: {
              code: 'forbidden',
              message: 'A shared link opens only the view it was made for.',
            },
          },
          { status: 403 },
        ),
      ),
    );
    renderApp('/s/tok.sig');
    expect(await screen.findByRole('button', { name: 'CSV' })).toBeInTheDocument();
    expect(await screen.findByText('Reference markers could not be loaded.')).toBeInTheDocument();
  });

  it('offers a signed-in viewer the live page', async () => {
    server.use(
      ...sharePage(200, chartGrant, viewer),
      http.get('*/api/projects/demo/chart', () => HttpResponse.json(chart)),
      http.get('*/api/projects/demo/references', () => HttpResponse.json({ references: [] })),
    );
    renderApp('/s/tok.sig');
    const link = await screen.findByRole('link', { name: 'Open in the dashboard' });
    const href = new URL(link.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/p/demo/charts');
    expect(href.searchParams.get('range')).toBe('7d');
    expect(href.searchParams.get('interval')).toBe('day');
  });

  it('draws a shared funnel with the token and no builder, comparison or share button', async () => {
    /** 10 → 4: 40 % of the first. */
    const funnel: FunnelResponse = {
      totalUnits: 10,
      completedUnits: 4,
      overallConversionRate: 40,
      steps: [
        {
          name: 'session_start',
          count: 10,
          percentOfFirst: 100,
          dropoffCount: 6,
          dropoffPercent: 60,
          isHighestDropoff: true,
        },
        {
          name: 'purchase',
          count: 4,
          percentOfFirst: 40,
          dropoffCount: 0,
          dropoffPercent: null,
          isHighestDropoff: false,
        },
      ],
      perStepFiltersApplied: true,
      source: 'export',
    };
    const search =
      'steps=%5B%7B%22name%22%3A%22session_start%22%7D%2C%7B%22name%22%3A%22purchase%22%7D%5D&range=30d&windowHours=24&groupBy=session_id';
    const tokens: (string | null)[] = [];
    const searches: string[] = [];
    server.use(
      ...sharePage(200, {
        view: 'funnel',
        projectId: 'blog',
        search,
        expiresAt: '2026-11-27T11:00:00.000Z',
      }),
      http.get('*/api/projects/blog/funnel', ({ request }) => {
        tokens.push(request.headers.get('x-share-token'));
        searches.push(new URL(request.url).search);
        return HttpResponse.json(funnel);
      }),
    );
    renderApp('/s/fun.sig');

    expect(await screen.findByRole('heading', { name: 'Shared funnel' })).toBeInTheDocument();
    expect(screen.getByTestId('share-description')).toHaveTextContent(
      'session_start → purchase · Last 30 days (live range) · converted within 24 hours · counted per session',
    );
    const card = await screen.findByRole('group', { name: 'Funnel' });
    expect(
      within(card)
        .getAllByTestId('step-count')
        .map((el) => el.textContent),
    ).toEqual(['10', '4']);
    expect([...new Set(tokens)]).toEqual(['fun.sig']);
    expect([...new Set(searches)]).toEqual([`?${search}`]);
    expect(screen.queryByRole('form', { name: 'Funnel builder' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Compare with previous period')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share read-only link' })).not.toBeInTheDocument();
  });
});
