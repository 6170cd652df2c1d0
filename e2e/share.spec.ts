import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Clicks "Share read-only link" on a charts page and returns the link it made (shown beside the status). */
async function shareChart(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share read-only link' }).click();
  const link = page.getByRole('status').getByRole('link');
  await expect(link).toHaveAttribute('href', /\/s\/[^/]+$/);
  return (await link.getAttribute('href')) ?? '';
}

test.describe('share links (open access)', () => {
  test.describe('with a bad token', () => {
    // The BFF answers a bad token with 403, which Chromium logs as a failed resource load.
    test.use({ allowedConsoleErrors: [/Failed to load resource: .*status of 403/] });

    test('a garbage token says the link is invalid', async ({ page }) => {
      await page.goto('/s/this-is-not-a-share-token');
      await expect(page.getByRole('heading', { name: 'This share link is invalid' })).toBeVisible();
    });
  });

  test('a shared chart opens inline, read-only, and links to the live page', async ({ page }) => {
    await page.goto('/p/demo/charts?range=7d');
    const description = 'screen_view · Last 7 days (live range)';
    await expect(page.getByRole('heading', { name: description })).toBeVisible();
    const url = await shareChart(page);

    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Shared chart' })).toBeVisible();
    const banner = page.getByRole('region', { name: 'About this shared link' });
    await expect(banner.getByTestId('share-description')).toHaveText(description);
    await expect(banner).toContainText('Read-only shared chart · project demo');
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Chart builder' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share read-only link' })).toHaveCount(0);

    // Open access makes every visitor the local editor, so the live page is offered.
    await banner.getByRole('link', { name: 'Open in the dashboard' }).click();
    await expect(page).toHaveURL(/\/p\/demo\/charts\?/);
    await expect(page.getByRole('heading', { name: description })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Chart builder' })).toBeVisible();
  });
});
