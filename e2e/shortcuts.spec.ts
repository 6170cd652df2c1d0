import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';

/**
 * Issue 8 §1: the `?` overlay and the charts page's keys against the real BFF + emulator. The windows are
 * explicit past days because the browser runs on the real clock (the emulator's is fixed at
 * 2026-11-20T12:00Z): 2–8 Nov 2026 is 7 days, so the period before it is 26 Oct – 1 Nov.
 * Screenshots of the overlay go to /tmp/shots/shortcuts when SHOTS=1.
 */
const CHART = '/p/demo/charts?from=2026-11-02&to=2026-11-08';
const SHOTS = process.env.SHOTS === '1';

const param = (page: Page, key: string) => () => new URL(page.url()).searchParams.get(key);

async function openChart(page: Page) {
  await page.goto(CHART);
  await expect(page.locator('path.recharts-line-curve').first()).toBeVisible();
}

test.describe('keyboard shortcuts', () => {
  test('? opens the overlay for the page, Escape closes it and focus returns', async ({ page }) => {
    await openChart(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(dialog.getByRole('heading', { level: 3 })).toHaveText([
      'General',
      'Range',
      'Chart',
      'Chart cursor (on the focused chart)',
      'Reference markers (on a focused marker)',
    ]);
    await expect(dialog.getByText('Compare to previous period on / off')).toBeVisible();
    await expectNoA11yViolations(page, { label: 'shortcuts overlay (light)' });
    if (SHOTS) await page.screenshot({ path: '/tmp/shots/shortcuts/overlay-light.png' });

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // From the header button, too; focus goes back to it.
    const button = page.getByRole('button', { name: 'Keyboard shortcuts (?)' });
    await button.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('the overlay in the dark theme and 390 px wide', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/p/demo/events');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('heading', { level: 3 })).toHaveText([
      'General',
      'Event details (in the table and the details panel)',
    ]);
    // The panel fits the narrow screen: nothing scrolls sideways.
    // A string, not a function: the e2e project is type-checked without the DOM library.
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBe(0);
    await expectNoA11yViolations(page, { label: 'shortcuts overlay (dark, 390 px)' });
    if (SHOTS) await page.screenshot({ path: '/tmp/shots/shortcuts/overlay-dark-390.png' });
  });

  test('c toggles compare, i steps the interval, [ and ] move the window', async ({ page }) => {
    await openChart(page);
    const compare = page.getByRole('checkbox', { name: 'Compare to previous period' });

    await page.keyboard.press('c');
    await expect.poll(param(page, 'compare')).toBe('true');
    await expect(compare).toBeChecked();
    await expect(page.getByTestId('chart-description')).toContainText(
      'compared with the previous period',
    );
    await page.keyboard.press('c');
    await expect.poll(param(page, 'compare')).toBeNull();
    await expect(compare).not.toBeChecked();

    // 7 days offer hour and day (the default, left out of the URL).
    await page.keyboard.press('i');
    await expect.poll(param(page, 'interval')).toBe('hour');
    await expect(page.getByRole('radio', { name: 'Hour' })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Shift+I');
    await expect.poll(param(page, 'interval')).toBeNull();

    await page.keyboard.press('[');
    await expect.poll(param(page, 'from')).toBe('2026-10-26');
    expect(param(page, 'to')()).toBe('2026-11-01');
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing 2026-10-26 to 2026-11-01' }),
    ).toBeVisible();
    await page.keyboard.press(']');
    await expect.poll(param(page, 'from')).toBe('2026-11-02');
    expect(param(page, 'to')()).toBe('2026-11-08');
  });

  test('] on a window that ends today says so and keeps the URL', async ({ page }) => {
    await page.goto('/p/demo/charts?range=7d');
    await expect(page.getByRole('region', { name: 'Chart builder' })).toBeVisible();
    await page.keyboard.press(']');
    await expect(
      page.getByText('This window already ends today; there is no next period yet.'),
    ).toBeVisible();
    expect(param(page, 'from')()).toBeNull();
    expect(param(page, 'range')()).toBe('7d');
  });

  test('the charts overlay in dark, and in both themes on a 390 px phone: in view, no a11y violations', async ({
    page,
  }) => {
    const open = async (name: string) => {
      await page.goto(CHART);
      await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(dialog).toBeVisible();
      // The two-column chart list fits: nothing scrolls sideways (a string: no DOM types in e2e).
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow).toBe(0);
      await expectNoA11yViolations(page, { label: `shortcuts overlay, ${name}` });
      if (SHOTS) await page.screenshot({ path: `/tmp/shots/shortcuts/${name}.png` });
    };
    await page.emulateMedia({ colorScheme: 'dark' });
    await open('charts-dark');
    await page.setViewportSize({ width: 390, height: 844 });
    await open('charts-dark-390');
    await page.emulateMedia({ colorScheme: 'light' });
    await open('charts-light-390');
  });
});
