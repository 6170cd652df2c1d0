import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
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

/** WCAG 2.0/2.1 A and AA: what issue 8 §1 holds every page to. */
const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, listing each rule id
 * with its failing targets and axe's summary so the failure says what to fix. Minor and moderate findings
 * are not gated (issue 8 §1 asks for 0 serious or critical). `exclude` takes selectors that are
 * decorative and labelled elsewhere; every caller must say why next to it.
 */
export async function expectNoA11yViolations(
  page: Page,
  options: { label?: string; exclude?: string[] } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(A11Y_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .map(
          (n) =>
            `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
        )
        .join('\n'),
  );
  expect(report, `axe violations on ${options.label ?? page.url()}`).toEqual([]);
}
