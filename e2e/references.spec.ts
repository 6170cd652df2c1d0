import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The emulator behind the BFF (serve-e2e pins it with E2E_EMULATOR_PORT), for arming faults. */
const EMULATOR_URL = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? '3199'}`;

/** Titles unique to one run, so reruns against a reused server never match an older row. */
const run = Date.now().toString(36);

async function createReference(page: Page, title: string, when: string, description = '') {
  await page.getByRole('button', { name: 'New reference' }).click();
  const dialog = page.getByRole('dialog', { name: 'New reference' });
  await dialog.getByLabel('Title').fill(title);
  if (description) await dialog.getByLabel(/Description/).fill(description);
  await dialog.getByLabel('Date and time').fill(when);
  await dialog.getByRole('button', { name: 'Create reference' }).click();
  await expect(dialog).toHaveCount(0);
}

const row = (page: Page, title: string) =>
  // The row header's name is the title, followed by the description on narrow screens.
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${title}( |$)`) }) });

test.describe('references page', () => {
  test('create with a wall-clock time in the org zone, then open it on the chart', async ({
    page,
  }) => {
    await page.goto('/p/demo/references');
    await expect(page.getByRole('heading', { level: 1, name: 'References' })).toBeVisible();
    const title = `Created ${run}`;
    await createReference(page, title, '2026-11-18 09:30');
    // Shown back in Europe/Stockholm exactly as typed.
    await expect(row(page, title)).toContainText('18 Nov 2026, 09:30');

    await row(page, title)
      .getByRole('link', { name: `Open “${title}” on the chart` })
      .click();
    await expect(page).toHaveURL(/\/p\/demo\/charts\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe('2026-11-04');
    expect(url.searchParams.get('to')).toBe('2026-12-02');
    expect(url.searchParams.get('ref')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('edit the title and clear the description', async ({ page }) => {
    await page.goto('/p/demo/references');
    const title = `Edited ${run}`;
    await createReference(page, title, '2026-11-10', 'To be cleared');
    await expect(row(page, title)).toContainText('To be cleared');

    await row(page, title)
      .getByRole('button', { name: `Edit “${title}”` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit reference' });
    await expect(dialog.getByLabel('Date and time')).toHaveValue('2026-11-10 00:00');
    await dialog.getByLabel('Title').fill(`${title} v2`);
    await dialog.getByLabel(/Description/).fill('');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toHaveCount(0);

    const edited = row(page, `${title} v2`);
    await expect(edited).toBeVisible();
    await expect(edited).not.toContainText('To be cleared');
    // The cleared description survives a reload from the server (stored as "", §8.1).
    await page.reload();
    await expect(row(page, `${title} v2`)).toBeVisible();
    await expect(row(page, `${title} v2`)).not.toContainText('To be cleared');
  });

  test('delete with confirmation, then Undo recreates it', async ({ page }) => {
    await page.goto('/p/demo/references');
    const title = `Deleted ${run}`;
    await createReference(page, title, '2026-11-12 15:00', 'Keep me');
    await row(page, title)
      .getByRole('button', { name: `Delete “${title}”` })
      .click();
    await page
      .getByRole('alertdialog', { name: `Delete “${title}”?` })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(page.getByText(`Deleted “${title}”.`)).toBeVisible();
    await expect(row(page, title)).toHaveCount(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText(`Restored “${title}”.`)).toBeVisible();
    await expect(row(page, title)).toContainText('12 Nov 2026, 15:00');
    await page.reload();
    await expect(row(page, title)).toContainText('Keep me');
  });

  test.describe('with an injected upstream failure', () => {
    // Chromium logs the failed POST ("Failed to load resource: … 502") on purpose.
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });
    test.afterEach(async ({ request }) => {
      await request.delete(`${EMULATOR_URL}/__faults`);
    });

    test('a failed save keeps the input and Retry succeeds', async ({ page, request }) => {
      await page.goto('/p/demo/references');
      await expect(page.getByRole('button', { name: 'New reference' })).toBeVisible();
      const armed = await request.post(`${EMULATOR_URL}/__faults`, {
        data: { method: 'POST', path: '/manage/references', status: 500, count: 1 },
      });
      expect(armed.ok()).toBe(true);

      const title = `Retried ${run}`;
      await page.getByRole('button', { name: 'New reference' }).click();
      const dialog = page.getByRole('dialog', { name: 'New reference' });
      await dialog.getByLabel('Title').fill(title);
      await dialog.getByLabel(/Description/).fill('Typed once');
      await dialog.getByLabel('Date and time').fill('2026-11-19 08:00');
      await dialog.getByRole('button', { name: 'Create reference' }).click();

      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText('Your changes are still here.');
      await expect(dialog.getByLabel('Title')).toHaveValue(title);
      await expect(dialog.getByLabel(/Description/)).toHaveValue('Typed once');
      await expect(dialog.getByLabel('Date and time')).toHaveValue('2026-11-19 08:00');

      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(row(page, title)).toContainText('19 Nov 2026, 08:00');
    });
  });
});
