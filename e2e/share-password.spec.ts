import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Share links on a dashboard that requires a login: the password-mode BFF that serve-e2e starts when
 * E2E_PASSWORD_PORT is set (same emulator and SHARE_SECRET as the main one; user `editor`).
 */
const PASSWORD_PORT = process.env.E2E_PASSWORD_PORT;
const passwordOrigin = `http://127.0.0.1:${PASSWORD_PORT ?? ''}`;

test.skip(!PASSWORD_PORT, 'needs E2E_PASSWORD_PORT (serve-e2e then starts a password-mode BFF)');

async function logInAsEditor(page: Page, next: string) {
  await page.goto(`${passwordOrigin}${next}`);
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Username').fill('editor');
  await page.getByLabel('Password').fill('e2e-editor-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL((url) => url.pathname === next.split('?')[0]);
}

test.describe('share links (password access)', () => {
  test('an editor shares a chart; a visitor without a session sees it read-only', async ({
    page,
    browser,
  }) => {
    await logInAsEditor(page, '/p/demo/charts?range=7d');
    const description = 'screen_view · Last 7 days (live range)';
    await expect(page.getByRole('heading', { name: description })).toBeVisible();
    await page.getByRole('button', { name: 'Share read-only link' }).click();
    const made = page.getByRole('status').getByRole('link');
    await expect(made).toHaveAttribute('href', /\/s\/[^/]+$/);
    const url = (await made.getAttribute('href')) ?? '';

    // A fresh context: no session cookie. The fixture watches `page` only, so watch this one here.
    const fresh = await browser.newContext();
    const visitor = await fresh.newPage();
    const errors: string[] = [];
    visitor.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    visitor.on('pageerror', (e) => errors.push(e.message));
    await visitor.goto(url);

    await expect(visitor.getByRole('heading', { name: 'Shared chart' })).toBeVisible();
    const banner = visitor.getByRole('region', { name: 'About this shared link' });
    await expect(banner.getByTestId('share-description')).toHaveText(description);
    await expect(banner).toContainText('Read-only shared chart · project demo');
    await expect(visitor.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(visitor.getByRole('list', { name: 'Series' })).toBeVisible();
    expect(new URL(visitor.url()).pathname).toBe(new URL(url).pathname);
    // Not signed in: no builder, no way to the live page, nothing to create.
    await expect(visitor.getByRole('region', { name: 'Chart builder' })).toHaveCount(0);
    await expect(banner.getByRole('link', { name: 'Open in the dashboard' })).toHaveCount(0);
    await expect(visitor.getByRole('button', { name: 'Share read-only link' })).toHaveCount(0);
    expect(errors).toEqual([]);

    // The signed-in editor opening the same link is offered the live page.
    await page.goto(url);
    await page.getByRole('link', { name: 'Open in the dashboard' }).click();
    await expect(page).toHaveURL(/\/p\/demo\/charts\?/);
    await expect(page.getByRole('region', { name: 'Chart builder' })).toBeVisible();
    await fresh.close();
  });

  test.describe('with a tampered token', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource: .*status of 403/] });

    test('a changed token opens the invalid page, not the login', async ({ page }) => {
      // Made on the open-access BFF: both share one SHARE_SECRET, so its links open here too.
      await page.goto('/p/demo/charts');
      await page.getByRole('button', { name: 'Share read-only link' }).click();
      const made = page.getByRole('status').getByRole('link');
      await expect(made).toHaveAttribute('href', /\/s\/[^/]+$/);
      const path = new URL((await made.getAttribute('href')) ?? '').pathname;

      await page.context().clearCookies();
      await page.goto(`${passwordOrigin}${path}`);
      await expect(page.getByRole('heading', { name: 'Shared chart' })).toBeVisible();

      // Change the signed payload (the first character after /s/): its signature no longer matches.
      const token = path.slice('/s/'.length);
      const tampered = `${token.startsWith('e') ? 'f' : 'e'}${token.slice(1)}`;
      await page.goto(`${passwordOrigin}/s/${tampered}`);
      await expect(page.getByRole('heading', { name: 'This share link is invalid' })).toBeVisible();
      expect(new URL(page.url()).pathname).not.toBe('/login');
    });
  });
});
