import { expect, test as base } from '@playwright/test';

/**
 * Every spec imports `test` from here: it fails any test whose page logged a console error or threw an
 * uncaught exception (architecture §11: "no console errors in e2e" is a check, not a wish).
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
  /**
   * Console errors a test provokes on purpose. Chromium logs every 4xx/5xx response as
   * "Failed to load resource: … status of 403", so a spec that expects one says so explicitly.
   */
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
        const where = message.location().url;
        errors.push(`console.error: ${text}${where ? ` (${where})` : ''}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
