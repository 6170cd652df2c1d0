import { expect, test } from './fixtures.ts';

test.describe('share landing', () => {
  test.describe('with a bad token', () => {
    // The BFF answers a bad token with 403, which Chromium logs as a failed resource load.
    test.use({ allowedConsoleErrors: [/Failed to load resource: .*status of 403/] });

    test('a garbage token says the link is invalid', async ({ page }) => {
      await page.goto('/s/this-is-not-a-share-token');
      await expect(page.getByRole('heading', { name: 'This share link is invalid' })).toBeVisible();
    });
  });

  test('a valid link names the shared view and opens it', async ({ page, baseURL }) => {
    // Open access on loopback: the visitor is the local editor, who may create share links.
    await page.goto('/p/demo/charts');
    const session = (await (await page.request.get('/api/session')).json()) as {
      csrfToken: string;
    };
    const created = await page.request.post('/api/share-links', {
      headers: { 'x-csrf-token': session.csrfToken, origin: new URL(baseURL ?? '').origin },
      data: { view: 'chart', projectId: 'demo', search: 'range=7d' },
    });
    expect(created.status()).toBe(200);
    const { url } = (await created.json()) as { url: string };

    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'A shared chart of demo' })).toBeVisible();
    await page.getByRole('link', { name: 'Open the chart' }).click();
    await expect(page).toHaveURL(/\/p\/demo\/charts\?range=7d$/);
  });
});
