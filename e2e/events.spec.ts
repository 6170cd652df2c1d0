import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The total the BFF reports for a query string, to compare the page's figures with. */
async function totalCount(page: Page, search: string): Promise<number> {
  const response = await page.request.get(`/api/projects/demo/events?${search}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { meta: { totalCount: number } };
  return body.meta.totalCount;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const status = (page: Page) => page.getByRole('navigation', { name: 'Pages' }).locator('p');

test.describe('events page', () => {
  test('filters by name and a property filter, and pages forward and back', async ({ page }) => {
    await page.goto('/p/demo/events');
    const all = await totalCount(page, 'start=1970-01-01&end=2026-11-30&limit=1');
    await expect(status(page)).toHaveText(
      `1–50 of ${fmt(all)} · page 1 of ${fmt(Math.ceil(all / 50))}`,
    );

    const eventInput = page.getByRole('combobox', { name: 'Events' });
    await eventInput.fill('session_start');
    await eventInput.press('Enter');
    const sessions = await totalCount(page, 'event=session_start&start=1970-01-01&end=2026-11-30');
    await expect(status(page)).toContainText(`1–50 of ${fmt(sessions)}`);

    await page.getByRole('button', { name: '+ Add filter' }).click();
    await page.getByLabel('Field', { exact: true }).fill('country');
    await page.getByLabel('Operator').selectOption('is');
    await page.getByLabel('Values (one per line)').fill('SE');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    const filters = encodeURIComponent(
      JSON.stringify([{ name: 'country', operator: 'is', value: ['SE'] }]),
    );
    const swedish = await totalCount(
      page,
      `event=session_start&start=1970-01-01&end=2026-11-30&filters=${filters}`,
    );
    expect(swedish).toBeGreaterThan(100);
    await expect(status(page)).toContainText(`1–50 of ${fmt(swedish)}`);
    const table = page.getByRole('table', { name: 'Events' });
    await expect(table.locator('tbody tr[data-row]').first()).toContainText('Sweden (SE)');

    const firstRow = (await table.locator('tbody tr[data-row="0"]').textContent()) ?? '';
    await page.getByRole('button', { name: 'Next ›' }).click();
    await expect(status(page)).toContainText(`51–100 of ${fmt(swedish)} · page 2`);
    await expect(page).toHaveURL(/page=2/);
    await expect(table.locator('tbody tr[data-row="0"]')).not.toHaveText(firstRow);
    await page.getByRole('button', { name: '‹ Previous' }).click();
    await expect(status(page)).toContainText(`1–50 of ${fmt(swedish)} · page 1`);
    await expect(table.locator('tbody tr[data-row="0"]')).toHaveText(firstRow);

    await page.getByRole('button', { name: 'Last »' }).click();
    const pages = Math.ceil(swedish / 50);
    await expect(status(page)).toContainText(
      `${fmt((pages - 1) * 50 + 1)}–${fmt(swedish)} of ${fmt(swedish)}`,
    );
    await page.getByLabel('Jump to page').fill('2');
    await page.getByRole('button', { name: 'Go' }).click();
    await expect(status(page)).toContainText(`51–100 of ${fmt(swedish)} · page 2`);
    // Every row on every page is a Swedish session start.
    for (const text of await table.locator('tbody tr[data-row]').allInnerTexts()) {
      expect(text).toContain('session_start');
      expect(text).toContain('Sweden (SE)');
    }
  });

  test('opens the drawer, walks to the neighbours, closes with Esc and filters by a value', async ({
    page,
  }) => {
    await page.goto('/p/demo/events?events=%5B%22screen_view%22%5D&include=%5B%22properties%22%5D');
    const table = page.getByRole('table', { name: 'Events' });
    const rows = table.locator('tbody tr[data-row]');
    await expect(rows.first()).toBeVisible();
    const secondTime = (await rows.nth(1).locator('td').first().innerText()).trim();

    await rows.first().click();
    const drawer = page.getByRole('dialog');
    await expect(drawer).toContainText('1 of 50 on this page');
    await page.keyboard.press('ArrowRight');
    await expect(drawer).toContainText('2 of 50 on this page');
    await expect(drawer.getByRole('heading', { level: 2 })).toContainText(secondTime);
    await page.keyboard.press('ArrowLeft');
    await expect(drawer).toContainText('1 of 50 on this page');
    await expect(drawer.getByRole('heading', { name: /^Properties/ })).toBeVisible();
    await drawer.getByRole('button', { name: 'Show as JSON' }).click();
    await expect(drawer.locator('pre')).toContainText('"__title"');

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(rows.first()).toBeFocused();

    await rows.first().press('Enter');
    await expect(drawer).toBeVisible();
    const city = (
      await drawer.getByRole('row', { name: /^city/ }).getByRole('button').first().innerText()
    ).trim();
    await drawer.getByRole('row', { name: /^city/ }).getByRole('button').first().click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('list', { name: 'Filters' })).toContainText(`city is ${city}`);
    await expect(rows.first()).toContainText(city);
  });

  test('exports every matching event to CSV: rows equal totalCount, ids unique', async ({
    page,
  }) => {
    // Without the File System Access API the export is assembled as a Blob and downloaded, which
    // Playwright can observe (the native save dialog could not be driven).
    await page.addInitScript(() => {
      delete (globalThis as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    });
    await page.goto('/p/demo/events?events=%5B%22session_start%22%5D');
    const expected = await totalCount(page, 'event=session_start&start=1970-01-01&end=2026-11-30');
    expect(expected).toBeGreaterThan(2000);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV (all matching events)' }).click();
    await expect(page.getByRole('button', { name: 'Cancel export' })).toBeVisible();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^events-demo-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(
      'id,name,deviceId,profileId,projectId,sessionId,createdAt,country,city,os,browser,path,groups',
    );
    const ids = lines.slice(1).map((line) => line.split(',')[0]);
    expect(ids.length).toBe(expected);
    expect(new Set(ids).size).toBe(expected);
    await expect(page.getByText(`Exported ${fmt(expected)} events.`)).toBeVisible();
  });

  test('marks the moment of an event as a reference shown on the chart', async ({ page }) => {
    await page.goto('/p/demo/events?events=%5B%22purchase%22%5D');
    const rows = page.getByRole('table', { name: 'Events' }).locator('tbody tr[data-row]');
    await rows.first().click();
    const drawer = page.getByRole('dialog');
    const id = (
      await drawer.getByRole('row', { name: /^id/ }).getByRole('button').first().innerText()
    ).trim();
    const createdAt = await page.request
      .get(`/api/projects/demo/events?event=purchase&start=1970-01-01&end=2026-11-30&limit=1`)
      .then(
        async (r) => ((await r.json()) as { data: { id: string; createdAt: string }[] }).data[0],
      );
    expect(createdAt?.id).toBe(id);

    await drawer.getByRole('button', { name: 'Mark this moment' }).click();
    await expect(drawer.getByText('Marked “purchase”.')).toBeVisible();
    const references = (await (await page.request.get('/api/projects/demo/references')).json()) as {
      references: { id: string; title: string; date: string; description: string | null }[];
    };
    const created = references.references.find((r) => r.description === `Marked from event ${id}`);
    expect(created).toMatchObject({ title: 'purchase', date: createdAt?.createdAt });

    await drawer.getByRole('link', { name: 'See it on the chart' }).click();
    await expect(page).toHaveURL(new RegExp(`/p/demo/charts\\?.*ref=${created?.id ?? 'missing'}`));
  });
});
