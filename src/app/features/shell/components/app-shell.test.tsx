// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bffHandlers } from '../../../testing/bff-handlers.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = mswTestServer();

describe('the project shell', () => {
  it('switches project from the picker and stays in the current section', async () => {
    server.use(...bffHandlers());
    const { router } = renderApp('/p/demo/events');

    const picker = await screen.findByRole('combobox', { name: 'Project' });
    expect(picker).toHaveValue('demo');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Demo Shop', 'Blog']);
    expect(screen.getByRole('heading', { level: 1, name: 'Events' })).toBeInTheDocument();

    await userEvent.selectOptions(picker, 'blog');

    await waitFor(() => expect(router.state.location.pathname).toBe('/p/blog/events'));
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveValue('blog');
    expect(screen.getByRole('heading', { level: 1, name: 'Events' })).toBeInTheDocument();
  });

  it('navigates between sections with the tabs and marks the current one', async () => {
    server.use(...bffHandlers());
    const { router } = renderApp('/p/blog/charts');

    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Funnels' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/p/blog/funnels'));
    expect(within(nav).getByRole('link', { name: 'Funnels' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Funnels' })).toBeInTheDocument();
  });

  it('redirects / to the first project’s charts', async () => {
    server.use(...bffHandlers());
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/p/demo/charts'));
    expect(
      await screen.findByText(
        'No “screen_view” in this range. Pick a longer range or another event.',
      ),
    ).toBeInTheDocument();
  });

  it('hides the user menu in open mode and shows name and role with a login', async () => {
    server.use(...bffHandlers());
    renderApp('/p/demo/charts');
    await screen.findByRole('combobox', { name: 'Project' });
    expect(screen.queryByText('Account menu')).not.toBeInTheDocument();
    cleanup();

    server.use(
      ...bffHandlers({
        config: { auth: 'password' },
        session: { user: { name: 'Ada', role: 'editor' }, csrfToken: 'tok', authRequired: true },
      }),
    );
    renderApp('/p/demo/charts');
    expect(await screen.findByText('Account menu')).toBeInTheDocument();
    expect(screen.getByText('editor')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown address', async () => {
    server.use(...bffHandlers());
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
