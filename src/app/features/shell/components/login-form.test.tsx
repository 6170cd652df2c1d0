// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { bffHandlers } from '../../../testing/bff-handlers.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = mswTestServer();

const signedOut = {
  config: { auth: 'password' as const },
  session: { user: null, csrfToken: 'pre-login-token', authRequired: true },
};

describe('login', () => {
  it('sends a signed-out visitor to /login with the way back in `redirect`', async () => {
    server.use(...bffHandlers(signedOut));
    const { router } = renderApp('/p/blog/funnels');
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toEqual({ redirect: '/p/blog/funnels' });
  });

  it('shows missing fields on the form without calling the server', async () => {
    server.use(...bffHandlers(signedOut));
    renderApp('/login');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a user name')).toBeInTheDocument();
    expect(screen.getByText('Enter a password')).toBeInTheDocument();
  });

  it('shows the BFF’s 401 message on the form, and sends the CSRF token', async () => {
    let seen: { token: string | null; body: unknown } | undefined;
    server.use(
      ...bffHandlers(signedOut),
      http.post('*/api/session/login', async ({ request }) => {
        seen = { token: request.headers.get('x-csrf-token'), body: await request.json() };
        return HttpResponse.json(
          { error: { code: 'unauthenticated', message: 'Wrong user name or password' } },
          { status: 401 },
        );
      }),
    );
    const { router } = renderApp('/login?redirect=%2Fp%2Fdemo%2Fcharts');
    await userEvent.type(await screen.findByLabelText('Username'), 'ada');
    await userEvent.type(screen.getByLabelText('Password'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong user name or password');
    expect(seen).toEqual({ token: 'pre-login-token', body: { username: 'ada', password: 'nope' } });
    expect(router.state.location.pathname).toBe('/login');
  });

  it('goes back to the redirect target after a successful login', async () => {
    server.use(
      ...bffHandlers(signedOut),
      http.post('*/api/session/login', () =>
        HttpResponse.json({
          user: { name: 'Ada', role: 'viewer' },
          csrfToken: 'session-token',
          authRequired: true,
        }),
      ),
    );
    const { router } = renderApp('/login?redirect=%2Fp%2Fdemo%2Fevents');
    await userEvent.type(await screen.findByLabelText('Username'), 'ada');
    await userEvent.type(screen.getByLabelText('Password'), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/p/demo/events'));
    expect(await screen.findByText('viewer')).toBeInTheDocument();
  });

  it('ignores a redirect to another origin', async () => {
    server.use(...bffHandlers(signedOut));
    const { router } = renderApp('/login?redirect=%2F%2Fevil.example%2F');
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(router.state.location.search).toEqual({ redirect: '/' });
  });
});
