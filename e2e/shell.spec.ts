import { expect, test } from './fixtures.ts';

test.describe('the shell', () => {
  test('/ opens the first project’s charts, and the demo project shows its data', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/p\/[\w-]+\/charts$/);
    const picker = page.getByRole('combobox', { name: 'Project' });
    await expect(picker.getByRole('option', { name: 'Demo Shop' })).toBeAttached();

    await page.goto('/p/demo/charts');
    await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
    await expect(picker).toHaveValue('demo');
    // The emulator's demo data has screen views: the chart draws a line, not the empty state.
    await expect(page.locator('.recharts-line-curve')).toBeVisible();
  });

  test('the project picker switches projects and keeps the section', async ({ page }) => {
    await page.goto('/p/demo/events');
    await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Project' }).selectOption('blog');
    await expect(page).toHaveURL(/\/p\/blog\/events$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Project' })).toHaveValue('blog');
  });

  test('the section tabs navigate, and the current one is marked', async ({ page }) => {
    await page.goto('/p/demo/charts');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    for (const [label, path] of [
      ['Funnels', 'funnels'],
      ['Events', 'events'],
      ['References', 'references'],
      ['Charts', 'charts'],
    ] as const) {
      await nav.getByRole('link', { name: label }).click();
      await expect(page).toHaveURL(new RegExp(`/p/demo/${path}$`));
      await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
      await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    }
  });

  test('the tabs are reachable with the keyboard', async ({ page }) => {
    await page.goto('/p/demo/charts');
    await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
    // A string expression: the e2e tsconfig has no DOM types.
    const focusedText = () =>
      page.evaluate<string | null>('document.activeElement && document.activeElement.textContent');
    for (let i = 0; i < 20 && (await focusedText()) !== 'Funnels'; i++) {
      await page.keyboard.press('Tab');
    }
    await expect(page.locator(':focus')).toHaveText('Funnels');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/p\/demo\/funnels$/);
  });

  test('an unknown address shows the not-found page', async ({ page }) => {
    await page.goto('/this/does/not/exist');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the dashboard' }).click();
    await expect(page).toHaveURL(/\/p\/[\w-]+\/charts$/);
  });

  test('fits a 390 px wide phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/p/demo/charts', '/p/demo/references']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Project' })).toBeVisible();
      await expect(page.getByRole('radio', { name: 'Dark' })).toBeAttached();
      // A string expression: the e2e tsconfig has no DOM types.
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth'),
      ).toBeLessThanOrEqual(390);
    }
  });
});
