import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * A shared chart shows the reference markers inside its window to a visitor without a session, read-only.
 * The window (3–9 Aug 2026) is used by no other spec. The link is made on the open-access BFF and opened on
 * the password-mode one (same emulator and SHARE_SECRET), where the visitor has no session at all.
 */
const PASSWORD_PORT = process.env.E2E_PASSWORD_PORT;
const passwordOrigin = `http://127.0.0.1:${PASSWORD_PORT ?? ''}`;
const TITLE = 'Share-refs e2e: pricing page';
const SHOTS = process.env.SHOTS === '1';
// 12:00 on 5 Aug in Stockholm (CEST, UTC+2).
const DATETIME = '2026-08-05T10:00:00.000Z';
const SEARCH = new URLSearchParams({
  series: JSON.stringify([{ name: 'screen_view' }]),
  startDate: '2026-08-03',
  endDate: '2026-08-09',
  interval: 'day',
}).toString();

test.skip(!PASSWORD_PORT, 'needs E2E_PASSWORD_PORT (serve-e2e then starts a password-mode BFF)');

/** Editor writes on the open-access BFF: its session answer carries the CSRF token. */
async function writeHeaders(request: APIRequestContext, baseURL: string) {
  const session = (await (await request.get(`${baseURL}/api/session`)).json()) as {
    csrfToken: string;
  };
  return { 'x-csrf-token': session.csrfToken, origin: new URL(baseURL).origin };
}

/** The reference, once per emulator (a reused server already has it). */
async function ensureReference(request: APIRequestContext, baseURL: string) {
  const list = (await (await request.get(`${baseURL}/api/projects/demo/references`)).json()) as {
    references: { title: string }[];
  };
  if (list.references.some((r) => r.title === TITLE)) return;
  const created = await request.post(`${baseURL}/api/projects/demo/references`, {
    headers: await writeHeaders(request, baseURL),
    data: { title: TITLE, datetime: DATETIME },
  });
  expect(created.status()).toBe(200);
}

test('a shared chart shows its window’s reference markers to a visitor, read-only', async ({
  page,
  request,
  baseURL,
  playwright,
}) => {
  const base = baseURL ?? '';
  await ensureReference(request, base);
  const made = await request.post(`${base}/api/share-links`, {
    headers: await writeHeaders(request, base),
    data: { view: 'chart', projectId: 'demo', search: SEARCH },
  });
  expect(made.status()).toBe(200);
  const { token, url } = (await made.json()) as { token: string; url: string };

  // The token lists only references inside the drawn days: 3 Aug 00:00 to 10 Aug 00:00 in Stockholm.
  // A fresh context: `request` holds the open BFF's session cookie, and cookies ignore the port.
  const anonymous = await playwright.request.newContext();
  const listed = await anonymous.get(`${passwordOrigin}/api/projects/demo/references`, {
    headers: { 'x-share-token': token },
  });
  expect(listed.status()).toBe(200);
  const { references } = (await listed.json()) as {
    references: { title: string; date: string }[];
  };
  expect(references.map((r) => r.title)).toContain(TITLE);
  for (const r of references) {
    expect(Date.parse(r.date)).toBeGreaterThanOrEqual(Date.parse('2026-08-02T22:00:00Z'));
    expect(Date.parse(r.date)).toBeLessThan(Date.parse('2026-08-09T22:00:00Z'));
  }
  await anonymous.dispose();

  // No session on the password-mode BFF: `page` has never signed in there.
  await page.goto(`${passwordOrigin}${url}`);
  await expect(page.getByRole('heading', { name: 'Shared chart' })).toBeVisible();
  const marker = page.getByRole('button', { name: `Reference: ${TITLE}` });
  await expect(marker).toBeVisible();
  await expect(page.getByText('Reference markers could not be loaded.')).toHaveCount(0);
  await marker.click();
  const popover = page.getByRole('complementary', { name: `Reference ${TITLE}` });
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('5 Aug 2026');
  await expect(popover.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(popover.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  // The visitor has no access to the project's references page, so the popover does not link there.
  await expect(popover.getByRole('link', { name: 'All references' })).toHaveCount(0);
  if (SHOTS) {
    // Off the marker, so its hover tooltip does not cover the chart in the screenshots.
    await page.mouse.move(0, 0);
    await page.screenshot({ path: '/tmp/shots/sharerefs/shared-chart-light.png', fullPage: true });

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate("document.documentElement.classList.add('dark')");
    await page.screenshot({ path: '/tmp/shots/sharerefs/shared-chart-dark.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate("document.documentElement.classList.remove('dark')");
    await page.screenshot({ path: '/tmp/shots/sharerefs/shared-chart-390.png', fullPage: true });
  }

  await popover.getByRole('button', { name: 'Close reference' }).click();
  await expect(popover).toHaveCount(0);
});
