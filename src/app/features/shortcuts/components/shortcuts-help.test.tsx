// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bffHandlers, eventsBffHandlers } from '../../../testing/bff-handlers.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = mswTestServer();

describe('the keyboard shortcuts overlay', () => {
  it('opens with ?, lists the page’s shortcuts, keeps focus inside and closes with Escape', async () => {
    server.use(...eventsBffHandlers(), ...bffHandlers());
    renderApp('/p/demo/events');
    await screen.findByRole('heading', { level: 1, name: 'Events' });
    const user = userEvent.setup();

    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    // The events page: the general keys and the event details' keys, not the charts' range keys.
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['General', 'Event details (in the table and the details panel)']);
    expect(within(dialog).getByText('Close the details')).toBeInTheDocument();
    expect(within(dialog).queryByText('Last 7 days')).not.toBeInTheDocument();
    expect(within(dialog).getByText('Esc').tagName).toBe('KBD');

    // Two focus stops, Close and the (scrollable) list; Tab wraps around inside the dialog.
    const list = within(dialog).getByRole('region', { name: 'Shortcut list' });
    await user.tab();
    expect(list).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(list).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from the header button and gives focus back to it', async () => {
    server.use(...eventsBffHandlers(), ...bffHandlers());
    renderApp('/p/demo/references');
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Keyboard shortcuts (?)' });

    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('does not open while typing ? into a field', async () => {
    server.use(...eventsBffHandlers(), ...bffHandlers());
    renderApp('/p/demo/events');
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Events' });
    const field = screen.getAllByRole('combobox')[0];
    if (!field) throw new Error('the events page has a text field');
    await user.click(field);
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
