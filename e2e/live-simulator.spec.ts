import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Issue 9 with real live traffic: the independent stack e2e/serve-e2e.ts starts on E2E_LIVE_PORT (a REAL
 * clock, the demo traffic simulator sending ~300 visits a minute through /track, a BFF caching for 1 s).
 * Nothing is imported by the test: the events announced are the simulator's. Their names and times are
 * not known in advance, so the test compares instants, not rows.
 */
const LIVE_URL = `http://127.0.0.1:${process.env.E2E_LIVE_PORT ?? '3104'}`;
const SHOTS = '/tmp/shots/sim';

const eventsTable = (page: Page) => page.getByRole('table', { name: 'Events' });

/**
 * `createdAt` (epoch ms) of the table's top row, read from its Time cell's hover text
 * ("Your local time: … · UTC <ISO>"): the cell text itself has only whole seconds, and several simulated
 * events can share a second.
 */
async function topRowCreatedAt(page: Page): Promise<number> {
  const title = await eventsTable(page)
    .locator('tbody tr[data-row="0"] td')
    .first()
    .getAttribute('title');
  const iso = /· UTC (\S+)$/.exec(title ?? '')?.[1];
  if (!iso) throw new Error(`the top row's Time cell has no UTC instant: ${title}`);
  return Date.parse(iso);
}

test.describe('live indicators with the traffic simulator on', () => {
  test('the new-events bar appears and Show adds the simulated events on top', async ({ page }) => {
    // The bar's first poll goes out 15 s after the table loads (new-events-count-query.ts); 45 s allows
    // for a quiet first poll and two more, plus the live badge's 30 s poll.
    test.setTimeout(120_000);
    mkdirSync(SHOTS, { recursive: true });
    await page.goto(`${LIVE_URL}/p/demo/events`);
    const rows = eventsTable(page).locator('tbody tr[data-row]');
    // A cold emulator on a shared, busy machine can take a few seconds over the first page.
    await expect(rows.first()).toBeVisible({ timeout: 15_000 });
    const before = await topRowCreatedAt(page);
    const firstLabelBefore = await rows.first().getAttribute('aria-label');

    const bar = page.getByText(/^[\d,]+ new events?$/);
    await expect(bar).toBeVisible({ timeout: 45_000 });
    // Announced, not pushed in: the row the reader was looking at is still on top.
    expect(await rows.first().getAttribute('aria-label')).toBe(firstLabelBefore);
    expect(await topRowCreatedAt(page)).toBe(before);

    // Simulated visitors were active in the last 5 minutes; the badge polls every 30 s, so it may still
    // show the count from before the first visit arrived.
    const badge = page
      .getByRole('banner')
      .getByRole('status', { name: /^\d[\d,]* visitors? in the last 5 minutes$/ });
    await expect(badge).toHaveText(/^[1-9][\d,]* live$/, { timeout: 45_000 });

    await page.screenshot({ path: `${SHOTS}/events-new-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/events-new-dark.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/events-new-390.png` });

    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(() => topRowCreatedAt(page)).toBeGreaterThan(before);
    // The newer top row starts a new count at zero, so the bar goes away.
    await expect(bar).toBeHidden();
    await page.screenshot({ path: `${SHOTS}/events-shown-390.png` });
  });
});
