// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import type { Reference } from '../../../../contract/bff-api.ts';
import type { ChartsResponse } from '../../../../contract/openpanel-charts.ts';
import { bffHandlers, referencesBffHandlers } from '../../../testing/bff-handlers.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = setupServer();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width: 800, height: 320 }),
  );
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(320);
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => {
  server.close();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Five day buckets with previous-period values (§5.7: `diff` is unsigned, the change is computed). */
const chart: ChartsResponse = {
  series: [
    {
      id: 'screen_view',
      names: ['screen_view'],
      event: { id: 'A', name: 'screen_view' },
      metrics: { sum: 1226, average: 245.2, min: 0, max: 1204 },
      data: [
        {
          date: '2026-11-16 00:00:00',
          count: 10,
          previous: { diff: 100, state: 'negative', value: 20 },
        },
        {
          date: '2026-11-17 00:00:00',
          count: 1204,
          previous: { diff: 9.45, state: 'positive', value: 1100 },
        },
        {
          date: '2026-11-18 00:00:00',
          count: 0,
          previous: { diff: null, state: 'neutral', value: 0 },
        },
        { date: '2026-11-19 00:00:00', count: 7 },
        {
          date: '2026-11-20 00:00:00',
          count: 5,
          previous: { diff: 25, state: 'positive', value: 4 },
        },
      ],
    },
  ],
  metrics: { sum: 1226, average: 245.2, min: 0, max: 1204 },
};

/** 09:30 on 17 Nov in Stockholm. */
const launch: Reference = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Launch v2',
  description: 'The big one',
  date: '2026-11-17T08:30:00.000Z',
  projectId: 'demo',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

function setup(role: 'editor' | 'viewer') {
  server.use(
    ...referencesBffHandlers([launch]).handlers,
    http.get('*/api/projects/demo/chart', () => HttpResponse.json(chart)),
    http.get('*/api/projects/demo/live', () => new HttpResponse(null, { status: 404 })),
    ...bffHandlers({
      config: { timezone: 'Europe/Stockholm' },
      session: { user: { name: 'ed', role }, csrfToken: 'tok', authRequired: false },
    }),
  );
  renderApp('/p/demo/charts?from=2026-11-16&to=2026-11-20&interval=day&compare=true');
}

const announced = () => screen.getByTestId('cursor-announcement');

describe('keyboard chart cursor', () => {
  it('moves bucket by bucket with ←/→, Home and End, announcing values, previous and references', async () => {
    setup('editor');
    const plot = await screen.findByRole('group', { name: 'Chart plot' });
    await screen.findByRole('button', { name: 'Reference: Launch v2' });
    plot.focus();
    expect(announced()).toHaveTextContent('');
    // The first → enters at the first bucket.
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(announced()).toHaveTextContent('16 Nov 2026: screen_view 10 (previous 20, −50 %)');
    // (1204 − 1100) / 1100 = +9.45 % → +9.5 %.
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(announced()).toHaveTextContent(
      '17 Nov 2026: screen_view 1,204 (previous 1,100, +9.5 %); reference: Launch v2',
    );
    expect(screen.getByTestId('chart-cursor')).toHaveTextContent('Nov 17');
    fireEvent.keyDown(plot, { key: 'End' });
    expect(announced()).toHaveTextContent('20 Nov 2026: screen_view 5 (previous 4, +25 %)');
    // Stops at the last bucket.
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(announced()).toHaveTextContent('20 Nov 2026: screen_view 5 (previous 4, +25 %)');
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(announced()).toHaveTextContent('19 Nov 2026: screen_view 7 (no previous value)');
    // A previous value of 0 has no percentage.
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(announced()).toHaveTextContent('18 Nov 2026: screen_view 0 (previous 0)');
    fireEvent.keyDown(plot, { key: 'Home' });
    expect(announced()).toHaveTextContent('16 Nov 2026: screen_view 10 (previous 20, −50 %)');

    // r opens "Add reference here" at the cursor for editors.
    fireEvent.keyDown(plot, { key: 'r' });
    expect(await screen.findByRole('dialog', { name: 'Add reference' })).toBeInTheDocument();
  });

  it('leaves a marker’s own ←/→ (re-timing) alone, and r does nothing for viewers', async () => {
    setup('viewer');
    const plot = await screen.findByRole('group', { name: 'Chart plot' });
    const marker = await screen.findByRole('button', { name: 'Reference: Launch v2' });
    marker.focus();
    fireEvent.keyDown(marker, { key: 'ArrowRight' });
    expect(announced()).toHaveTextContent('');
    plot.focus();
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(announced()).toHaveTextContent('20 Nov 2026: screen_view 5 (previous 4, +25 %)');
    fireEvent.keyDown(plot, { key: 'r' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
