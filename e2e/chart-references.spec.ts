import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Titles unique to one run, so reruns against a reused server never match an older reference. */
const run = Date.now().toString(36);

/** 6–19 Nov 2026 by day (Europe/Stockholm, UTC+1 then): 14 buckets, 6 Nov at index 0. */
const CHART = '/p/demo/charts?from=2026-11-06&to=2026-11-19&interval=day';

async function createReference(page: Page, title: string, when: string) {
  await page.goto('/p/demo/references');
  await page.getByRole('button', { name: 'New reference' }).click();
  const dialog = page.getByRole('dialog', { name: 'New reference' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Date and time').fill(when);
  await dialog.getByRole('button', { name: 'Create reference' }).click();
  await expect(dialog).toHaveCount(0);
}

async function storedReference(page: Page, title: string) {
  const response = await page.request.get('/api/projects/demo/references');
  const body = (await response.json()) as {
    references: { id: string; title: string; date: string }[];
  };
  return body.references.find((r) => r.title === title);
}

const marker = (page: Page, title: string) =>
  page.getByRole('button', { name: `Reference: ${title}`, exact: true });

test.describe('references on the chart', () => {
  test('drag a marker to another day, then undo', async ({ page }) => {
    const title = `Drag ${run}`;
    // 09:30 in Stockholm (UTC+1) = 08:30 UTC, in the 12 Nov bucket (index 6).
    await createReference(page, title, '2026-11-12 09:30');
    await page.goto(CHART);
    await expect(marker(page, title)).toBeVisible();

    // The plot starts 56 px into the chart's SVG and ends 16 px before its right edge; a line chart puts
    // its 14 day buckets evenly from edge to edge, 13 gaps apart. 16 Nov is index 10.
    const svg = await page.locator('svg.recharts-surface').first().boundingBox();
    const handle = await marker(page, title).locator('circle').boundingBox();
    if (!svg || !handle) throw new Error('chart not drawn');
    const step = (svg.width - 72) / 13;
    const targetX = svg.x + 56 + 10 * step;
    const y = handle.y + handle.height / 2;
    await page.mouse.move(handle.x + handle.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 + 20, y, { steps: 3 });
    await page.mouse.move(targetX, y, { steps: 5 });
    await expect(page.getByTestId('retime-announcement')).toHaveText(`${title} → 16 Nov 2026`);
    await page.mouse.up();

    const toast = page.getByRole('status', { name: 'Reference update' });
    await expect(toast).toContainText(`Moved “${title}” to 16 Nov 2026.`);
    // The bucket's start: 16 Nov 00:00 in Stockholm is 15 Nov 23:00 UTC.
    await expect
      .poll(async () => (await storedReference(page, title))?.date)
      .toBe('2026-11-15T23:00:00.000Z');
    // The popover did not open: a drop is not a click.
    await expect(page.getByRole('complementary', { name: `Reference ${title}` })).toHaveCount(0);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(toast).toContainText(`Moved “${title}” back.`);
    await expect
      .poll(async () => (await storedReference(page, title))?.date)
      .toBe('2026-11-12T08:30:00.000Z');
  });

  test('move a marker with the keyboard', async ({ page }) => {
    const title = `Keys ${run}`;
    // Each test uses its own day: two references in one bucket are drawn as one cluster marker.
    await createReference(page, title, '2026-11-08 09:30');
    await page.goto(CHART);
    await marker(page, title).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('retime-announcement')).toHaveText(`${title} → 10 Nov 2026`);
    await page.keyboard.press('Enter');
    // 10 Nov 00:00 in Stockholm is 9 Nov 23:00 UTC.
    await expect
      .poll(async () => (await storedReference(page, title))?.date)
      .toBe('2026-11-09T23:00:00.000Z');
    // Focus followed the marker to its new bucket, so another move can start right away.
    await expect(marker(page, title)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('retime-announcement')).toHaveText(`${title} → 11 Nov 2026`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('retime-announcement')).toHaveText('');
    expect((await storedReference(page, title))?.date).toBe('2026-11-09T23:00:00.000Z');
  });

  test('edit and delete from the marker popover, then undo the delete', async ({ page }) => {
    const title = `Popover ${run}`;
    await createReference(page, title, '2026-11-18 09:30');
    await page.goto(CHART);
    await marker(page, title).click();
    const popover = page.getByRole('complementary', { name: `Reference ${title}` });
    await expect(popover).toContainText('18 Nov 2026, 09:30');
    await popover.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit reference' });
    await dialog.getByLabel('Title').fill(`${title} v2`);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(marker(page, `${title} v2`)).toBeVisible();
    await expect
      .poll(async () => (await storedReference(page, `${title} v2`))?.date)
      .toBe('2026-11-18T08:30:00.000Z');

    const edited = page.getByRole('complementary', { name: `Reference ${title} v2` });
    await edited.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('alertdialog', { name: `Delete “${title} v2”?` })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(marker(page, `${title} v2`)).toHaveCount(0);
    await expect.poll(async () => await storedReference(page, `${title} v2`)).toBeUndefined();
    await page
      .getByRole('status', { name: 'Reference update' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(marker(page, `${title} v2`)).toBeVisible();
    await expect
      .poll(async () => (await storedReference(page, `${title} v2`))?.date)
      .toBe('2026-11-18T08:30:00.000Z');
  });
});
