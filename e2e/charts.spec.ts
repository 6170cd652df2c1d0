import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The emulator behind the BFF (serve-e2e pins it with E2E_EMULATOR_PORT), for arming faults. */
const EMULATOR_URL = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? '3199'}`;

async function seriesCardLabels(page: Page): Promise<string[]> {
  const cards = page.getByRole('list', { name: 'Series' }).getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  return cards.allInnerTexts();
}

test.describe('charts page', () => {
  test('a two-series chart with a breakdown and a filter survives copying its URL', async ({
    page,
    browser,
  }) => {
    await page.goto('/p/demo/charts');
    await expect(
      page.getByRole('heading', { name: 'screen_view · Last 30 days (live range)' }),
    ).toBeVisible();

    await page.getByRole('button', { name: '+ Add series' }).click();
    const eventB = page.getByLabel('Series B event');
    await eventB.fill('session_start');
    await eventB.press('Enter');

    await page.getByRole('button', { name: '+ Add filter' }).first().click();
    const property = page.getByLabel('Series A filter 1 property');
    await property.fill('country');
    await property.press('Enter');
    await page.getByLabel('Series A filter 1 operator').selectOption('isNot');
    const value = page.getByLabel('Series A filter 1 value');
    await value.fill('US');
    await value.press('Enter');

    const breakdown = page.getByLabel('Add breakdown');
    await breakdown.fill('country');
    await breakdown.press('Enter');

    const description =
      'screen_view where country is not US; session_start · by country · Last 30 days (live range)';
    await expect(page.getByRole('heading', { name: description })).toBeVisible();
    await expect(page.getByText('Updating…')).toHaveCount(0);
    const labels = await seriesCardLabels(page);
    // The filter holds: no US screen views; both series are broken down by country.
    expect(labels.some((l) => l.startsWith('screen_view · US'))).toBe(false);
    expect(labels.some((l) => l.startsWith('screen_view · DE'))).toBe(true);
    expect(labels.some((l) => l.startsWith('session_start · '))).toBe(true);

    const url = page.url();
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    await expect(other.getByRole('heading', { name: description })).toBeVisible();
    expect(await seriesCardLabels(other)).toEqual(labels);
    await fresh.close();
  });

  test('clicking a point adds a reference there and its marker appears', async ({ page }) => {
    // 1–7 Sep 2026: no seeded reference and no other spec's reference falls in this week, so the new
    // marker is not clustered with another one.
    await page.goto('/p/demo/charts?from=2026-09-01&to=2026-09-07');
    const chart = page.locator('.recharts-surface').first();
    await expect(chart).toBeVisible();
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart');
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.6, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6, { steps: 5 });
    // The pointer's tooltip names the bucket a click will pick.
    await expect(page.getByText('Click to add a reference here')).toBeVisible();
    await page.mouse.down();
    await page.mouse.up();
    await page.getByRole('button', { name: 'Add reference here' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add reference' });
    // Pre-filled with the clicked bucket's start in the organization's zone (a day bucket: midnight).
    await expect(dialog.getByLabel(/Date and time/)).toHaveValue(/^2026-09-0[1-7]T00:00$/);
    await dialog.getByLabel('Title').fill('E2E release');
    await dialog.getByRole('button', { name: 'Save reference' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: /E2E release/ })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Reference E2E release' })).toBeVisible();
  });

  test('a read-only share link opens the same chart for the recipient', async ({ page }) => {
    await page.goto('/p/demo/charts?v=1&series=%5B%22purchase%22%5D&range=7d&compare=true');
    const description = 'purchase · Last 7 days (live range) · compared with the previous period';
    await expect(page.getByRole('heading', { name: description })).toBeVisible();
    await page.getByRole('button', { name: 'Share read-only link' }).click();
    const link = page.getByRole('link', { name: /\/s\// });
    await expect(link).toBeVisible();
    await page.goto((await link.getAttribute('href')) ?? '');
    // The recipient sees the same view inline, described by the banner, and can open the live page.
    const banner = page.getByRole('region', { name: 'About this shared link' });
    await expect(banner.getByTestId('share-description')).toHaveText(description);
    await banner.getByRole('link', { name: 'Open in the dashboard' }).click();
    await expect(page.getByRole('heading', { name: description })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Link notice' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Series' })).toBeVisible();
  });

  test('a hand-broken URL shows what was ignored and still draws the chart', async ({ page }) => {
    await page.goto('/p/demo/charts?range=last_9_days&type=pie&series=oops&bogus=1');
    const notice = page.getByRole('status', { name: 'Link notice' });
    await expect(notice).toContainText('Parts of this link were ignored');
    await expect(notice).toContainText('range');
    await expect(
      page.getByRole('heading', { name: 'screen_view · Last 30 days (live range)' }),
    ).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await notice.getByRole('button', { name: 'Clean up link' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page).toHaveURL(/\/p\/demo\/charts$/);
  });

  test.describe('when the upstream fails', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource: .*status of 50\d/] });
    test.afterEach(async ({ request }) => {
      await request.delete(`${EMULATOR_URL}/__faults`);
    });

    test('an injected 500 shows the error panel and Retry recovers', async ({ page, request }) => {
      const armed = await request.post(`${EMULATOR_URL}/__faults`, {
        data: { method: 'GET', path: '/export/charts', status: 500, count: 50 },
      });
      expect(armed.ok()).toBe(true);
      // A view no other test asks for, so the BFF's response cache cannot answer it.
      await page.goto('/p/demo/charts?series=%5B%7B%22name%22%3A%22purchase%22%7D%5D&range=3m');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The chart could not be loaded', { timeout: 30_000 });
      await request.delete(`${EMULATOR_URL}/__faults`);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('list', { name: 'Series' })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });
});
