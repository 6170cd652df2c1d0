import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';

/**
 * Issue 8 §1: the chart's keyboard cursor against the real BFF + emulator. 6–19 Nov 2026 by day with the
 * previous period: 14 buckets. Screenshots go to /tmp/shots/chartperf when SHOTS=1.
 */
const CHART = '/p/demo/charts?from=2026-11-06&to=2026-11-19&interval=day&compare=true';
const SHOTS = process.env.SHOTS === '1';

async function openCursor(page: Page) {
  await page.goto(CHART);
  const plot = page.getByRole('group', { name: 'Chart plot' });
  await expect(plot.locator('path.recharts-line-curve').first()).toBeVisible();
  await plot.focus();
  return plot;
}

const announcement = (page: Page) => page.getByTestId('cursor-announcement');

test.describe('keyboard chart cursor', () => {
  test('arrows, Home and End move the cursor and announce the bucket; r adds a reference', async ({
    page,
  }) => {
    await openCursor(page);
    await page.keyboard.press('ArrowRight');
    // Compare is on: every value comes with the previous period's.
    await expect(announcement(page)).toHaveText(/^6 Nov 2026: .+ \d[\d,]* \(previous [\d,]+/);
    await page.keyboard.press('ArrowRight');
    await expect(announcement(page)).toHaveText(/^7 Nov 2026: /);
    await page.keyboard.press('End');
    await expect(announcement(page)).toHaveText(/^19 Nov 2026: /);
    await expect(page.getByTestId('chart-cursor')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(announcement(page)).toHaveText(/^18 Nov 2026: /);
    if (SHOTS)
      await page.screenshot({ path: '/tmp/shots/chartperf/cursor-light.png', fullPage: true });
    await expectNoA11yViolations(page, { label: 'chart cursor' });

    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: 'Add reference' });
    // The cursor's bucket start in the organization's zone (a day bucket: midnight).
    await expect(dialog.getByLabel(/Date and time/)).toHaveValue('2026-11-18T00:00');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('dark theme and a 390 px screen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openCursor(page);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(announcement(page)).toHaveText(/^7 Nov 2026: /);
    await expect(page.getByTestId('chart-cursor')).toBeVisible();
    if (SHOTS)
      await page.screenshot({ path: '/tmp/shots/chartperf/cursor-dark.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    const plot = await openCursor(page);
    await page.keyboard.press('End');
    await expect(announcement(page)).toHaveText(/^19 Nov 2026: /);
    await plot.scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: '/tmp/shots/chartperf/cursor-390.png' });
  });
});
