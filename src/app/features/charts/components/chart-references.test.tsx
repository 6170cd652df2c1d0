// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { ChartsResponse } from '../../../../contract/openpanel-charts.ts';
import {
  chartPageHarness,
  launchReference as launch,
} from '../../../testing/chart-page-harness.ts';

const harness = chartPageHarness();
const { server } = harness;

const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
/** Five day buckets in Europe/Stockholm (UTC+1 in November). */
const chart: ChartsResponse = {
  series: [
    {
      id: 'screen_view',
      names: ['screen_view'],
      event: { id: 'A', name: 'screen_view' },
      metrics: { sum: 15, average: 3, min: 1, max: 5 },
      data: days.map((day, i) => ({ date: `${day} 00:00:00`, count: i + 1 })),
    },
  ],
  metrics: { sum: 15, average: 3, min: 1, max: 5 },
};

/** `launch` is at 09:30 on 17 Nov in Stockholm: bucket index 1. */
function setup() {
  return harness.render({
    chart,
    url: '/p/demo/charts?from=2026-11-16&to=2026-11-20&interval=day',
  });
}

const marker = () => screen.findByRole('button', { name: 'Reference: Launch v2' });
const markerX = async () => (await marker()).querySelector('circle')?.getAttribute('cx');

// jsdom lays the chart out at its initial 800 px: the plot runs from x = 56 over 800 − 72 = 728 px, so
// the five buckets of this line chart sit 728 / 4 = 182 px apart: 56, 238, 420, 602, 784.
describe('references on the chart', () => {
  it('drags a marker to another bucket and PATCHes the bucket start, with Undo', async () => {
    const store = setup();
    const handle = await marker();
    expect(await markerX()).toBe('238');
    fireEvent.pointerDown(handle, { button: 0, pointerId: 1, clientX: 238 });
    fireEvent.pointerMove(handle, { pointerId: 1, clientX: 400 });
    fireEvent.pointerMove(handle, { pointerId: 1, clientX: 600 });
    expect(screen.getByTestId('retime-announcement')).toHaveTextContent('Launch v2 → 19 Nov 2026');
    fireEvent.pointerUp(handle, { pointerId: 1, clientX: 600 });

    await screen.findByText('Moved “Launch v2” to 19 Nov 2026.');
    // 19 Nov 00:00 in Stockholm = 18 Nov 23:00 UTC.
    expect(store.writes).toEqual([
      {
        method: 'PATCH',
        id: launch.id,
        body: { datetime: '2026-11-18T23:00:00.000Z', expectedUpdatedAt: launch.updatedAt },
      },
    ]);
    await waitFor(async () => expect(await markerX()).toBe('602'));

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Moved “Launch v2” back.');
    // The saved reference's updatedAt (the handlers' `now`) guards the undo.
    expect(store.writes[1]).toEqual({
      method: 'PATCH',
      id: launch.id,
      body: { datetime: '2026-11-17T08:30:00.000Z', expectedUpdatedAt: '2026-11-20T12:00:00.000Z' },
    });
    await waitFor(async () => expect(await markerX()).toBe('238'));
  });

  it('puts the marker back and says why when the PATCH fails', async () => {
    setup();
    server.use(
      http.patch('*/api/projects/demo/references/:id', () =>
        HttpResponse.json(
          { error: { code: 'upstream_error', message: 'OpenPanel failed' } },
          { status: 502 },
        ),
      ),
    );
    const handle = await marker();
    fireEvent.pointerDown(handle, { button: 0, pointerId: 1, clientX: 238 });
    fireEvent.pointerMove(handle, { pointerId: 1, clientX: 780 });
    fireEvent.pointerUp(handle, { pointerId: 1, clientX: 780 });
    await screen.findByText(/“Launch v2” could not be moved: OpenPanel failed/);
    await waitFor(async () => expect(await markerX()).toBe('238'));
  });

  it('moves with the arrow keys, saves on Enter and cancels on Escape', async () => {
    const store = setup();
    (await marker()).focus();
    const user = userEvent.setup();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}');
    expect(screen.getByTestId('retime-announcement')).toHaveTextContent('Launch v2 → 18 Nov 2026');
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('retime-announcement')).toHaveTextContent('');
    expect(store.writes).toEqual([]);

    await user.keyboard('{ArrowLeft}{Enter}');
    await screen.findByText('Moved “Launch v2” to 16 Nov 2026.');
    // 16 Nov 00:00 in Stockholm = 15 Nov 23:00 UTC.
    expect(store.writes[0]?.body).toEqual({
      datetime: '2026-11-15T23:00:00.000Z',
      expectedUpdatedAt: launch.updatedAt,
    });
  });

  it('opens a popover with Edit and Delete; Delete asks, then Undo recreates it', async () => {
    const store = setup();
    await userEvent.click(await marker());
    const popover = await screen.findByRole('complementary', { name: 'Reference Launch v2' });
    expect(popover).toHaveTextContent('17 Nov 2026, 09:30 (Europe/Stockholm)');
    expect(popover).toHaveTextContent('The big one');

    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    // The confirmation is loaded on first use (on-demand-chart-code.tsx), so it is awaited.
    await userEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    await screen.findByText('Deleted “Launch v2”.');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored “Launch v2”.');
    expect(store.writes).toEqual([
      { method: 'DELETE', id: launch.id, body: null },
      {
        method: 'POST',
        body: {
          title: 'Launch v2',
          description: 'The big one',
          datetime: '2026-11-17T08:30:00.000Z',
        },
      },
    ]);
  });
});
