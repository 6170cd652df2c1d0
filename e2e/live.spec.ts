import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Live indicators against the real BFF and emulator. The e2e stack has a fixed clock
 * (2026-11-20T12:00:00Z) and no traffic simulator, so "new" events are imported through the emulator's
 * `POST /import/events` (read client, project `demo`) after the table has loaded: just after its newest
 * row and never after the emulator's now.
 */
const EMULATOR_URL = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? '3199'}`;
const READ_CLIENT = {
  'openpanel-client-id': 'a0000000-0000-4000-8000-000000000002',
  'openpanel-client-secret': 'demo-read-secret',
};
const CLOCK = Date.parse('2026-11-20T12:00:00.000Z');
const SHOTS = '/tmp/shots/live';

/** `createdAt` of the newest event of project `demo` (both days given, so no look-back window, §4.2). */
async function newestEvent(request: APIRequestContext): Promise<string> {
  const response = await request.get(
    `${EMULATOR_URL}/export/events?projectId=demo&start=1970-01-01&end=2027-12-31&limit=1`,
    { headers: READ_CLIENT },
  );
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: { createdAt: string }[] };
  const first = body.data[0];
  if (!first) throw new Error('the e2e emulator has no events');
  return first.createdAt;
}

/** Three events 100 ms apart right after `after` (a rerun on a reused server starts after the last one). */
async function importNewEvents(request: APIRequestContext, after: string, run: string) {
  const base = Date.parse(after);
  const names = [1, 2, 3].map((k) => `e2e_live_${run}_${k}`);
  const rows = names.map((name, i) => ({
    name,
    device_id: `e2e-live-${run}`,
    profile_id: `e2e-live-${run}`,
    session_id: `e2e-live-${run}`,
    created_at: new Date(base + (i + 1) * 100).toISOString(),
    properties: {},
  }));
  expect(base + 300).toBeLessThanOrEqual(CLOCK);
  const imported = await request.post(`${EMULATOR_URL}/import/events`, {
    headers: READ_CLIENT,
    data: rows,
  });
  expect(imported.status()).toBe(200);
  // Newest first, as the table orders them.
  return names.reverse();
}

const rowNames = (page: Page) =>
  page
    .getByRole('table', { name: 'Events' })
    .locator('tbody tr[data-row]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')?.split(' at ')[0] ?? ''));

test.describe('live indicators', () => {
  test('the header shows live visitors', async ({ page }) => {
    await page.goto('/p/demo/charts');
    const badge = page
      .getByRole('banner')
      .getByRole('status', { name: /^\d[\d,]* visitors? in the last 5 minutes$/ });
    await expect(badge).toBeVisible();
    await expect(badge).toHaveText(/^\d[\d,]* live$/);
  });

  test('new events are announced on the table and Show adds them on top', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/p/demo/events');
    const table = page.getByRole('table', { name: 'Events' });
    await expect(table.locator('tbody tr[data-row]').first()).toBeVisible();
    const before = await rowNames(page);

    const newest = await newestEvent(page.request);
    const names = await importNewEvents(page.request, newest, String(Date.now()));

    // The table polls every 15 s (the BFF caches the count ~5 s): the bar appears, the rows stay put.
    await expect(page.getByText('3 new events')).toBeVisible({ timeout: 45_000 });
    expect(await rowNames(page)).toEqual(before);
    await page.screenshot({ path: `${SHOTS}/events-new-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/events-new-dark.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/events-new-390.png` });

    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => rowNames(page).then((r) => r.slice(0, 3))).toEqual(names);
    await expect(page.getByText('3 new events')).toBeHidden();
    // The rows the reader had moved down below the new ones.
    expect((await rowNames(page))[3]).toBe(before[0]);
  });
});
