// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bffHandlers } from '../../../testing/bff-handlers.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = mswTestServer({ resizeObserver: true });

/**
 * Past days only, so "today" (the real clock) never blocks `]`: 2–8 Nov 2026 is 7 days, so the period
 * before it is 26 Oct – 1 Nov.
 */
describe('the charts page keys', () => {
  it('toggles compare with c, steps the interval with i / Shift+I, moves the window with [ and ]', async () => {
    server.use(...bffHandlers());
    const { router } = renderApp('/p/demo/charts?from=2026-11-02&to=2026-11-08');
    await screen.findByRole('region', { name: 'Chart builder' });
    const user = userEvent.setup();
    const search = () => router.state.location.search;

    await user.keyboard('c');
    await waitFor(() =>
      expect(search()).toEqual({ v: 1, from: '2026-11-02', to: '2026-11-08', compare: true }),
    );
    expect(screen.getByRole('checkbox', { name: 'Compare to previous period' })).toBeChecked();
    expect(screen.getByText('Compare to previous period on')).toBeInTheDocument();
    await user.keyboard('C');
    await waitFor(() => expect(search()).toEqual({ v: 1, from: '2026-11-02', to: '2026-11-08' }));

    // 7 days offer hour and day (default day): i goes to hour, Shift+I comes back (left implied).
    await user.keyboard('i');
    await waitFor(() => expect(search()).toMatchObject({ interval: 'hour' }));
    expect(screen.getByRole('radio', { name: 'Hour' })).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('I');
    await waitFor(() => expect(search()).toEqual({ v: 1, from: '2026-11-02', to: '2026-11-08' }));

    await user.keyboard('[[');
    await waitFor(() => expect(search()).toEqual({ v: 1, from: '2026-10-26', to: '2026-11-01' }));
    expect(screen.getByText('Showing 2026-10-26 to 2026-11-01')).toBeInTheDocument();
    await user.keyboard(']');
    await waitFor(() => expect(search()).toEqual({ v: 1, from: '2026-11-02', to: '2026-11-08' }));
  });

  it('says why ] does nothing on a window that reaches today', async () => {
    server.use(...bffHandlers());
    const { router } = renderApp('/p/demo/charts?range=7d');
    await screen.findByRole('region', { name: 'Chart builder' });
    await userEvent.keyboard(']');
    expect(
      await screen.findByText('This window already ends today; there is no next period yet.'),
    ).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ v: 1, range: '7d' });
  });

  it('still switches ranges with the preset letters, and ignores them while typing', async () => {
    server.use(...bffHandlers());
    const { router } = renderApp('/p/demo/charts');
    await screen.findByRole('region', { name: 'Chart builder' });
    const user = userEvent.setup();
    await user.keyboard('w');
    await waitFor(() => expect(router.state.location.search).toEqual({ v: 1, range: '7d' }));
    await user.click(screen.getByRole('button', { name: 'Custom…' }));
    const from = screen.getByLabelText('From');
    from.focus();
    await user.keyboard('m');
    expect(router.state.location.search).toEqual({ v: 1, range: '7d' });
  });
});
