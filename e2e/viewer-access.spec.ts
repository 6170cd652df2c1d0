import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * A viewer on the password-mode dashboard (serve-e2e's E2E_PASSWORD_PORT BFF, user `viewer`) sees no edit
 * controls anywhere, and the BFF refuses a write forged from the viewer's own page (issue 5 §5).
 */
const PASSWORD_PORT = process.env.E2E_PASSWORD_PORT;
const passwordOrigin = `http://127.0.0.1:${PASSWORD_PORT ?? ''}`;

test.skip(!PASSWORD_PORT, 'needs E2E_PASSWORD_PORT (serve-e2e then starts a password-mode BFF)');

// The forged writes below are meant to fail; Chromium logs each refused one as a console error.
test.use({ allowedConsoleErrors: [/status of 403/] });

const run = Date.now().toString(36);
/** 8–21 Jul 2026 by day in Europe/Stockholm: a window no other spec puts references in, so this
 * reference's marker is not clustered with theirs. */
const CHART = '/p/demo/charts?from=2026-07-08&to=2026-07-21&interval=day';

async function logInAsViewer(page: Page, next: string) {
  await page.goto(`${passwordOrigin}${next}`);
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Username').fill('viewer');
  await page.getByLabel('Password').fill('e2e-viewer-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL((url) => url.pathname === next.split('?')[0]);
}

test('a viewer sees no edit controls and a forged write is refused', async ({ page, request }) => {
  // A reference to look at, made on the open-access dashboard (same emulator, same project) through the
  // `request` fixture: its cookies are its own, so the page starts with no session and must log in.
  const title = `Viewer ${run}`;
  const openOrigin = new URL((await request.get('/healthz')).url()).origin;
  const session = (await (await request.get('/api/session')).json()) as {
    csrfToken: string | null;
  };
  const made = await request.post('/api/projects/demo/references', {
    // 15 Jul 09:30 UTC is 11:30 in Stockholm, inside the chart window below.
    data: { title, datetime: '2026-07-15T09:30:00.000Z' },
    headers: { origin: openOrigin, 'x-csrf-token': session.csrfToken ?? '' },
  });
  expect(made.status()).toBe(200);

  await logInAsViewer(page, CHART);
  await expect(page.getByRole('region', { name: 'Chart builder' })).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  const marker = page.getByRole('button', { name: `Reference: ${title}`, exact: true });
  await expect(marker).toBeVisible();
  await marker.click();
  const popover = page.getByRole('complementary', { name: `Reference ${title}` });
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(popover.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add reference here' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share read-only link' })).toHaveCount(0);

  await page.goto(`${passwordOrigin}/p/demo/references`);
  await expect(page.getByText(title).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'New reference' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Edit|Delete)\b/ })).toHaveCount(0);

  await page.goto(`${passwordOrigin}/p/demo/events`);
  await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark this moment' })).toHaveCount(0);

  // Forged writes from the viewer's own page: with the session's CSRF token the role is refused, and
  // without the token the request is refused before the role is even looked at.
  const forged = await page.evaluate(async () => {
    const { csrfToken } = (await (await fetch('/api/session')).json()) as {
      csrfToken: string | null;
    };
    const post = async (headers: Record<string, string>) => {
      const response = await fetch('/api/projects/demo/references', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ title: 'Forged', datetime: '2026-11-13T09:30:00.000Z' }),
      });
      const body = (await response.json()) as { error: { code: string } };
      return { status: response.status, code: body.error.code };
    };
    return {
      hadToken: typeof csrfToken === 'string' && csrfToken.length > 0,
      withToken: await post({ 'x-csrf-token': csrfToken ?? '' }),
      withoutToken: await post({}),
    };
  });
  expect(forged).toEqual({
    hadToken: true,
    withToken: { status: 403, code: 'forbidden' },
    withoutToken: { status: 403, code: 'csrf' },
  });
});
