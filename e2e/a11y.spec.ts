import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';

/**
 * Issue 8 §1: axe on every page, in the light and the dark theme, with 0 serious or critical violations
 * (WCAG 2.0/2.1 A + AA). The theme follows the OS setting by default, so emulating the colour scheme before
 * the first load is enough to get each one (no stored preference in a fresh context).
 */
const PASSWORD_PORT = process.env.E2E_PASSWORD_PORT;
const passwordOrigin = `http://127.0.0.1:${PASSWORD_PORT ?? ''}`;

async function openInTheme(page: Page, theme: 'light' | 'dark', url: string) {
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(url);
  const html = page.locator('html');
  if (theme === 'dark') await expect(html).toHaveClass(/\bdark\b/);
  else await expect(html).not.toHaveClass(/\bdark\b/);
}

/** Waits until no widget is still loading or refetching, so axe sees the settled page. */
async function settled(page: Page) {
  await expect(page.getByText('Updating…')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${theme} theme)`, () => {
    test('charts: the default view', async ({ page }) => {
      await openInTheme(page, theme, '/p/demo/charts');
      await expect(page.getByRole('list', { name: 'Series' })).toBeVisible();
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      await settled(page);
      await expectNoA11yViolations(page, { label: `charts default (${theme})` });
    });

    test('charts: compared with the previous period and broken down', async ({ page }) => {
      await openInTheme(
        page,
        theme,
        '/p/demo/charts?range=7d&compare=true&breakdowns=%5B%22country%22%5D',
      );
      await expect(
        page.getByRole('heading', {
          name: 'screen_view · by country · Last 7 days (live range) · compared with the previous period',
        }),
      ).toBeVisible();
      await expect(page.getByRole('list', { name: 'Series' })).toBeVisible();
      await settled(page);
      await expectNoA11yViolations(page, { label: `charts compare + breakdown (${theme})` });
    });

    test('funnels', async ({ page }) => {
      await openInTheme(page, theme, '/p/demo/funnels');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await settled(page);
      await expectNoA11yViolations(page, { label: `funnels (${theme})` });
    });

    test('events with the drawer open', async ({ page }) => {
      await openInTheme(page, theme, '/p/demo/events?include=%5B%22properties%22%5D');
      const rows = page.getByRole('table', { name: 'Events' }).locator('tbody tr[data-row]');
      await expect(rows.first()).toBeVisible();
      await settled(page);
      await expectNoA11yViolations(page, { label: `events (${theme})` });
      await rows.first().click();
      await expect(page.getByRole('dialog')).toContainText('1 of 50 on this page');
      await expectNoA11yViolations(page, { label: `events drawer (${theme})` });
    });

    test('references with the editor open', async ({ page }) => {
      await openInTheme(page, theme, '/p/demo/references');
      await expect(page.getByRole('heading', { level: 1, name: 'References' })).toBeVisible();
      await settled(page);
      await expectNoA11yViolations(page, { label: `references (${theme})` });
      await page.getByRole('button', { name: 'New reference' }).click();
      await expect(page.getByRole('dialog', { name: 'New reference' })).toBeVisible();
      await expectNoA11yViolations(page, { label: `references editor (${theme})` });
    });

    test('share landing: a valid link', async ({ page }) => {
      await openInTheme(page, theme, '/p/demo/charts?range=7d');
      await expect(page.getByRole('list', { name: 'Series' })).toBeVisible();
      await page.getByRole('button', { name: 'Share read-only link' }).click();
      const link = page.getByRole('status').getByRole('link');
      await expect(link).toHaveAttribute('href', /\/s\/[^/]+$/);
      await page.goto((await link.getAttribute('href')) ?? '');
      await expect(page.getByRole('heading', { name: 'Shared chart' })).toBeVisible();
      await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
      await settled(page);
      await expectNoA11yViolations(page, { label: `share landing (${theme})` });
    });

    test('not found', async ({ page }) => {
      await openInTheme(page, theme, '/no/such/page');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page, { label: `not found (${theme})` });
    });

    test.describe('with a refused link', () => {
      // The BFF answers a bad token with 403, which Chromium logs as a failed resource load.
      test.use({ allowedConsoleErrors: [/Failed to load resource: .*status of 403/] });

      test('share landing: an invalid link', async ({ page }) => {
        await openInTheme(page, theme, '/s/this-is-not-a-share-token');
        await expect(
          page.getByRole('heading', { name: 'This share link is invalid' }),
        ).toBeVisible();
        await expectNoA11yViolations(page, { label: `share invalid (${theme})` });
      });
    });

    test.describe('login (password-mode dashboard)', () => {
      // The wrong password is answered 401, which Chromium logs as a failed resource load.
      test.use({ allowedConsoleErrors: [/Failed to load resource: .*status of 401/] });
      test.skip(
        !PASSWORD_PORT,
        'needs E2E_PASSWORD_PORT (serve-e2e then starts a password-mode BFF)',
      );

      test('login', async ({ page }) => {
        await openInTheme(page, theme, `${passwordOrigin}/login`);
        await expect(page.getByLabel('Username')).toBeVisible();
        await expectNoA11yViolations(page, { label: `login (${theme})` });
        // A failed attempt shows its message; that state must pass too.
        await page.getByLabel('Username').fill('editor');
        await page.getByLabel('Password').fill('wrong-password');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect(page.getByRole('alert')).toBeVisible();
        await expectNoA11yViolations(page, { label: `login failed (${theme})` });
      });
    });
  });
}
