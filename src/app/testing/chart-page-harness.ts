import { afterAll, beforeAll, vi } from 'vitest';
import { HttpResponse, http } from 'msw';
import type { Reference } from '../../contract/bff-api.ts';
import type { ChartsResponse } from '../../contract/openpanel-charts.ts';
import { bffHandlers, referencesBffHandlers } from './bff-handlers.ts';
import { mswTestServer } from './msw-test-server.ts';
import { renderApp } from './render-app.tsx';

/** 09:30 on 17 Nov 2026 in Stockholm (08:30 UTC): the reference the chart tests draw and move. */
export const launchReference: Reference = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Launch v2',
  description: 'The big one',
  date: '2026-11-17T08:30:00.000Z',
  projectId: 'demo',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

export interface ChartPageFixture {
  /** The `/chart` answer, computed by hand in the test. */
  chart: ChartsResponse;
  /** The charts page URL (window, interval, compare). */
  url: string;
  role?: 'editor' | 'viewer';
}

/**
 * The set-up of tests that drive the charts page with its references (call it at the top of a test file,
 * with the `// @vitest-environment jsdom` docblock): mswTestServer, and a jsdom "layout" in which every
 * box is 800 × 320 at x = 0, so Recharts draws and pointer positions are known.
 * `render` serves the fixture (organization in Europe/Stockholm, signed in, `launchReference`), renders
 * the app at its URL and returns the references store (its `writes`).
 */
export function chartPageHarness() {
  const server = mswTestServer({ resizeObserver: true });
  beforeAll(() => {
    // jsdom has no pointer capture; a dragged marker only needs the call not to throw.
    Element.prototype.setPointerCapture = () => {};
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: 0, width: 800, height: 320 }),
    );
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(320);
  });
  afterAll(() => vi.restoreAllMocks());

  function render({ chart, url, role = 'editor' }: ChartPageFixture) {
    const references = referencesBffHandlers([launchReference]);
    server.use(
      ...references.handlers,
      http.get('*/api/projects/demo/chart', () => HttpResponse.json(chart)),
      // The shell's live badge is not under test here.
      http.get('*/api/projects/demo/live', () => new HttpResponse(null, { status: 404 })),
      ...bffHandlers({
        config: { timezone: 'Europe/Stockholm' },
        session: { user: { name: 'ed', role }, csrfToken: 'tok', authRequired: false },
      }),
    );
    renderApp(url);
    return references.store;
  }

  return { server, render };
}
