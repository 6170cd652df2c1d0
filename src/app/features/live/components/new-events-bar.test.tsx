// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ExportEvent, ExportEventsResponse } from '../../../../contract/openpanel-events.ts';
import { bffHandlers } from '../../../testing/bff-handlers.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = mswTestServer();
afterEach(() => vi.useRealTimers());

const event = (id: string, name: string, createdAt: string): ExportEvent => ({
  id,
  name,
  deviceId: `d-${id}`,
  profileId: `d-${id}`,
  projectId: 'demo',
  sessionId: 's-1',
  createdAt,
  country: 'SE',
  city: 'Town',
  os: 'macOS',
  browser: 'Chrome',
  path: '/',
  groups: [],
});
const page = (data: ExportEvent[]): ExportEventsResponse => ({
  meta: { count: data.length, totalCount: data.length, pages: 1, current: 1 },
  data,
});
const OLD = [
  event('e2', 'signup', '2026-11-20T11:00:00.000Z'),
  event('e1', 'screen_view', '2026-11-20T10:00:00.000Z'),
];
const NEW = [
  event('e5', 'purchase', '2026-11-20T11:03:00.000Z'),
  event('e4', 'screen_view', '2026-11-20T11:02:00.000Z'),
  event('e3', 'screen_view', '2026-11-20T11:01:00.000Z'),
];

/**
 * A tiny BFF: the table's page and `new-count` over the events that have "arrived". Like the real BFF, it
 * answers a repeated identical `/events` request from a cache that keeps page 1 (the head of the stream)
 * 5 s, on the (fake) clock.
 */
function liveEventsBff() {
  const state = { arrived: false, eventsSearches: [] as string[], countSearches: [] as string[] };
  const cache = new Map<string, { answer: ExportEventsResponse; expiresAt: number }>();
  const handlers = [
    http.get('*/api/projects/:projectId/live', () => HttpResponse.json({ visitors: 2 })),
    http.get('*/api/projects/:projectId/events', ({ request }) => {
      const search = new URL(request.url).search;
      state.eventsSearches.push(search);
      const cached = cache.get(search);
      if (cached && cached.expiresAt > Date.now()) return HttpResponse.json(cached.answer);
      const answer = page(state.arrived ? [...NEW, ...OLD] : OLD);
      cache.set(search, { answer, expiresAt: Date.now() + 5_000 });
      return HttpResponse.json(answer);
    }),
    http.get('*/api/projects/:projectId/events/new-count', ({ request }) => {
      const url = new URL(request.url);
      state.countSearches.push(url.search);
      const since = url.searchParams.get('since');
      // By hand: after e2 (11:00) the arrivals e3–e5 are newer, newest e5; after e5 nothing is.
      if (state.arrived && since === '2026-11-20T11:00:00.000Z')
        return HttpResponse.json({ count: 3, newest: '2026-11-20T11:03:00.000Z' });
      return HttpResponse.json({ count: 0, newest: null });
    }),
  ];
  return { state, handlers };
}

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Events' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('aria-label')?.split(' at ')[0]);

describe('new events indicator', () => {
  it('announces new events without moving rows, and Show loads them and clears it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'setInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-20T12:00:00Z'));
    const bff = liveEventsBff();
    server.use(...bffHandlers(), ...bff.handlers);
    renderApp(
      '/p/demo/events?filters=%5B%7B%22name%22%3A%22country%22%2C%22operator%22%3A%22is%22%2C%22value%22%3A%5B%22SE%22%5D%7D%5D',
    );
    await screen.findByRole('table', { name: 'Events' });
    expect(rowNames()).toEqual(['signup', 'screen_view']);
    // Nothing can be newer than the rows just loaded: the first check waits one poll period.
    expect(bff.state.countSearches).toEqual([]);

    bff.state.arrived = true;
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(await screen.findByText('3 new events')).toBeInTheDocument();
    expect(bff.state.countSearches).toEqual([
      '?since=2026-11-20T11%3A00%3A00.000Z&filters=%5B%7B%22name%22%3A%22country%22%2C%22operator%22%3A%22is%22%2C%22value%22%3A%5B%22SE%22%5D%7D%5D',
    ]);
    expect(rowNames()).toEqual(['signup', 'screen_view']);
    const tableSearch = bff.state.eventsSearches[0];
    expect(tableSearch).toMatch(/^\?start=1970-01-01&end=2026-11-20&page=1&limit=50&filters=/);

    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(rowNames()).toEqual([
        'purchase',
        'screen_view',
        'screen_view',
        'signup',
        'screen_view',
      ]),
    );
    expect(screen.queryByText('3 new events')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show' })).toBeNull();
    // Show is a plain refetch of the table's own request: no bound added, the BFF answers it fresh.
    expect(bff.state.eventsSearches.slice(1)).toEqual([tableSearch]);

    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(bff.state.countSearches.at(-1)).toMatch(/^\?since=2026-11-20T11%3A03%3A00\.000Z&/);
    expect(screen.queryByText(/new events?$/)).toBeNull();
  });

  it('never polls on a window that ended before today', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'setInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-20T12:00:00Z'));
    const bff = liveEventsBff();
    server.use(...bffHandlers(), ...bff.handlers);
    renderApp('/p/demo/events?range=yesterday');
    await screen.findByRole('table', { name: 'Events' });
    bff.state.arrived = true;
    await act(() => vi.advanceTimersByTimeAsync(31_000));
    expect(bff.state.countSearches).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Show' })).toBeNull();
  });
});
