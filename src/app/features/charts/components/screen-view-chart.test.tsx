// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import type { Reference } from '../../../../contract/bff-api.ts';
import { createQueryClient } from '../../../query-client.ts';
import { ScreenViewChart } from './screen-view-chart.tsx';

const server = setupServer();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // Recharts' ResponsiveContainer measures with ResizeObserver, which jsdom lacks.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => {
  server.close();
  vi.unstubAllGlobals();
});

const reference = (id: string, title: string, date: string): Reference => ({
  id,
  title,
  description: null,
  date,
  projectId: 'demo',
  createdAt: date,
  updatedAt: date,
});

function renderChart(references: Reference[]) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <ScreenViewChart projectId="demo" timeZone="Europe/Stockholm" references={references} />
    </QueryClientProvider>,
  );
}

describe('ScreenViewChart', () => {
  it('asks for screen_view over 30d by day and lists references in their org-zone day', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      http.get('*/api/projects/demo/chart', ({ request }) => {
        asked = new URL(request.url).searchParams;
        const data = ['2026-11-12 00:00:00', '2026-11-13 00:00:00'].map((date, i) => ({
          date,
          count: 10 + i,
        }));
        return HttpResponse.json({
          series: [
            {
              id: 'screenview-a-screenview',
              names: ['screen_view'],
              event: { id: 'A', name: 'screen_view' },
              metrics: { sum: 21, average: 10.5, min: 10, max: 11 },
              data,
            },
          ],
          metrics: { sum: 21, average: 10.5, min: 10, max: 11 },
        });
      }),
    );
    renderChart([
      // 23:30 UTC on 12 Nov is 00:30 on 13 Nov in Stockholm (CET, UTC+1).
      reference('r1', 'Campaign start', '2026-11-12T23:30:00.000Z'),
      reference('r2', 'Before the chart', '2026-10-01T10:00:00.000Z'),
    ]);

    const legend = await screen.findByRole('list', { name: 'References' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1Nov 13Campaign start']);
    expect(asked && Object.fromEntries(asked)).toEqual({
      series: '[{"name":"screen_view"}]',
      range: '30d',
      interval: 'day',
    });
  });

  it('shows the empty state when the API leaves the series out (no events, §5.3)', async () => {
    server.use(
      http.get('*/api/projects/demo/chart', () =>
        HttpResponse.json({ series: [], metrics: { sum: 0, average: 0, min: 0, max: 0 } }),
      ),
    );
    renderChart([]);
    expect(await screen.findByText('No screen views in the last 30 days.')).toBeInTheDocument();
  });

  it('shows the BFF’s message and a retry button when the chart fails', async () => {
    server.use(
      http.get('*/api/projects/demo/chart', () =>
        HttpResponse.json(
          { error: { code: 'not_found', message: 'Project not found' } },
          { status: 404 },
        ),
      ),
    );
    renderChart([]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Project not found');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
