// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { Reference } from '../../../../contract/bff-api.ts';
import { bffHandlers, referencesBffHandlers } from '../../../testing/bff-handlers.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = mswTestServer();

const launch: Reference = {
  id: 'aaaaaaaa-0000-4000-8000-000000000001',
  title: 'Launch v2',
  description: 'Big release',
  // 10:00 in Stockholm (UTC+1 in November).
  date: '2026-11-10T09:00:00.000Z',
  projectId: 'demo',
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
};
const campaign: Reference = {
  id: 'aaaaaaaa-0000-4000-8000-000000000002',
  title: 'Campaign start',
  description: null,
  // Midnight on 2 Oct in Stockholm (UTC+2 in summer time).
  date: '2026-10-01T22:00:00.000Z',
  projectId: 'demo',
  createdAt: '2026-09-01T08:00:00.000Z',
  updatedAt: '2026-09-01T08:00:00.000Z',
};

function setup(references: Reference[] = [launch, campaign], url = '/p/demo/references') {
  const api = referencesBffHandlers(references);
  server.use(
    ...api.handlers,
    ...bffHandlers({
      config: { timezone: 'Europe/Stockholm' },
      session: {
        user: { name: 'local', role: 'editor' },
        csrfToken: 'csrf-1',
        authRequired: false,
      },
    }),
  );
  const app = renderApp(url);
  return { ...app, store: api.store };
}

const rowOf = async (title: string) =>
  (await screen.findByRole('rowheader', { name: new RegExp(title) })).closest('tr')!;

describe('References page', () => {
  it('lists references newest date first, in the organization zone, and filters in the browser', async () => {
    setup();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    // Below 640 px the row header also carries the description and the date (CSS hides them wider).
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Launch v2Big release10 Nov 2026, 10:00',
      'Campaign start2 Oct 2026, 00:00',
    ]);
    expect(within(rows[0]!).getByText('10 Nov 2026, 10:00', { selector: 'time' })).toHaveAttribute(
      'datetime',
      launch.date,
    );
    expect(
      within(rows[1]!).getByText('2 Oct 2026, 00:00', { selector: 'time' }),
    ).toBeInTheDocument();
    // The permalink is centred on the day in Stockholm (2 Oct ± 14 days).
    expect(
      within(rows[1]!).getByRole('link', { name: 'Open “Campaign start” on the chart' }),
    ).toHaveAttribute('href', `/p/demo/charts?ref=${campaign.id}&from=2026-09-18&to=2026-10-16`);

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'big');
    await waitFor(() => expect(screen.queryByText('Campaign start')).not.toBeInTheDocument());
    expect(screen.getByText('1 of 2 references')).toBeInTheDocument();
  });

  it('validates in the browser, then creates with the date read in the organization zone', async () => {
    const { store } = setup([]);
    await screen.findByText(/no references yet/);
    await userEvent.click(screen.getByRole('button', { name: 'New reference' }));
    const dialog = screen.getByRole('dialog', { name: 'New reference' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create reference' }));
    expect(within(dialog).getByLabelText('Title')).toHaveAccessibleDescription(
      'Give the reference a title',
    );
    expect(within(dialog).getByLabelText('Date and time')).toHaveAttribute('aria-invalid', 'true');
    expect(store.writes).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText('Title'), 'Black Friday');
    await userEvent.type(within(dialog).getByLabelText('Date and time'), '2026-11-27');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create reference' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Midnight on 27 Nov in Stockholm is 23:00 UTC the day before.
    expect(store.writes).toEqual([
      { method: 'POST', body: { title: 'Black Friday', datetime: '2026-11-26T23:00:00.000Z' } },
    ]);
    expect(await screen.findByText('27 Nov 2026, 00:00', { selector: 'time' })).toBeInTheDocument();
  });

  it('puts the BFF 400 details on the fields', async () => {
    setup();
    server.use(
      http.post('*/api/projects/:projectId/references', () =>
        HttpResponse.json(
          {
            error: {
              code: 'bad_request',
              message: 'The body is not valid',
              details: { datetime: ['Pick a date and time'] },
            },
          },
          { status: 400 },
        ),
      ),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'New reference' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Title'), 'X');
    await userEvent.type(within(dialog).getByLabelText('Date and time'), '2026-11-27 10:00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create reference' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Date and time')).toHaveAccessibleDescription(
        /Pick a date and time/,
      ),
    );
  });

  it('keeps what was typed when a save fails, and Retry saves it', async () => {
    const { store } = setup();
    let failures = 1;
    server.use(
      http.patch('*/api/projects/:projectId/references/:id', () => {
        if (failures-- > 0)
          return HttpResponse.json(
            { error: { code: 'upstream_error', message: 'OpenPanel failed' } },
            { status: 502 },
          );
        return undefined;
      }),
    );
    await userEvent.click(
      within(await rowOf('Launch v2')).getByRole('button', { name: 'Edit “Launch v2”' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit reference' });
    const title = within(dialog).getByLabelText('Title');
    expect(within(dialog).getByLabelText('Date and time')).toHaveValue('2026-11-10 10:00');
    await userEvent.clear(title);
    await userEvent.type(title, 'Launch v2.1');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The server failed (502): OpenPanel failed Your changes are still here.',
    );
    expect(title).toHaveValue('Launch v2.1');
    // The optimistic row was rolled back.
    expect(
      within(screen.getByRole('table')).getByRole('rowheader', {
        name: 'Launch v2 Big release 10 Nov 2026, 10:00',
      }),
    ).toBeInTheDocument();

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store.writes).toEqual([
      {
        method: 'PATCH',
        id: launch.id,
        body: { title: 'Launch v2.1', expectedUpdatedAt: launch.updatedAt },
      },
    ]);
    expect(await screen.findByRole('rowheader', { name: /^Launch v2\.1/ })).toBeInTheDocument();
  });

  it('clears a description by sending null, and shows it cleared', async () => {
    const { store } = setup();
    await userEvent.click(
      within(await rowOf('Launch v2')).getByRole('button', { name: 'Edit “Launch v2”' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.clear(within(dialog).getByLabelText(/Description/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store.writes).toEqual([
      {
        method: 'PATCH',
        id: launch.id,
        body: { description: null, expectedUpdatedAt: launch.updatedAt },
      },
    ]);
    expect(store.references.find((r) => r.id === launch.id)?.description).toBe('');
    expect(within(await rowOf('Launch v2')).queryByText('Big release')).not.toBeInTheDocument();
  });

  it('detects a teammate’s change: Reload shows theirs, Overwrite saves mine', async () => {
    const { store } = setup();
    await userEvent.click(
      within(await rowOf('Launch v2')).getByRole('button', { name: 'Edit “Launch v2”' }),
    );
    // A teammate saves while the form is open.
    store.references = store.references.map((r) =>
      r.id === launch.id
        ? { ...r, title: 'Launch v2 (final)', updatedAt: '2026-11-20T11:00:00.000Z' }
        : r,
    );
    const dialog = screen.getByRole('dialog');
    const title = within(dialog).getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'Mine');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Someone changed this reference since you opened it.');
    expect(title).toHaveValue('Mine');

    await userEvent.click(within(alert).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store.writes.at(-1)).toEqual({
      method: 'PATCH',
      id: launch.id,
      body: { title: 'Mine' },
    });

    // Reload: start again against a newer teammate version.
    store.references = store.references.map((r) =>
      r.id === launch.id ? { ...r, title: 'Theirs', updatedAt: '2026-11-20T11:30:00.000Z' } : r,
    );
    await userEvent.click(within(await rowOf('Mine')).getByRole('button', { name: 'Edit “Mine”' }));
    const again = screen.getByRole('dialog');
    await userEvent.type(within(again).getByLabelText('Title'), '!');
    await userEvent.click(within(again).getByRole('button', { name: 'Save changes' }));
    await userEvent.click(
      await within(again).findByRole('button', { name: 'Reload their version' }),
    );
    await waitFor(() => expect(within(again).getByLabelText('Title')).toHaveValue('Theirs'));
    expect(within(again).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('deletes after confirmation and Undo recreates it', async () => {
    const { store } = setup();
    await userEvent.click(
      within(await rowOf('Launch v2')).getByRole('button', { name: 'Delete “Launch v2”' }),
    );
    const confirm = screen.getByRole('alertdialog', { name: 'Delete “Launch v2”?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    const toast = await screen.findByText('Deleted “Launch v2”.');
    expect(screen.queryByRole('rowheader', { name: /Launch v2/ })).not.toBeInTheDocument();
    await userEvent.click(
      within(toast.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Undo' }),
    );
    expect(await screen.findByText('Restored “Launch v2”.')).toBeInTheDocument();
    expect(store.writes).toEqual([
      { method: 'DELETE', id: launch.id, body: null },
      {
        method: 'POST',
        body: { title: 'Launch v2', description: 'Big release', datetime: launch.date },
      },
    ]);
    expect(await screen.findByRole('rowheader', { name: /Launch v2/ })).toBeInTheDocument();
  });

  it('asks before leaving the page with unsaved changes', async () => {
    const { router } = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'New reference' }));
    await userEvent.type(within(screen.getByRole('dialog')).getByLabelText('Title'), 'Draft');
    // A click on another section goes through the history the blocker guards.
    await userEvent.click(screen.getByRole('link', { name: 'Events' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(router.state.location.pathname).toBe('/p/demo/references');
    expect(within(screen.getByRole('dialog')).getByLabelText('Title')).toHaveValue('Draft');
  });

  it('shows no edit controls to a viewer', async () => {
    server.use(
      ...referencesBffHandlers([launch]).handlers,
      ...bffHandlers({
        config: { timezone: 'Europe/Stockholm' },
        session: { user: { name: 'v', role: 'viewer' }, csrfToken: 'c', authRequired: true },
      }),
    );
    renderApp('/p/demo/references');
    const row = await rowOf('Launch v2');
    expect(within(row).queryByRole('button', { name: /Edit|Delete/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New reference' })).not.toBeInTheDocument();
  });
});
