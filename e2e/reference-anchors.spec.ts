import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * References as range anchors (issue 5 §4): "From A to B" in the chart's date picker keeps the two ids in
 * the link, the chart asks for their days (Europe/Stockholm), and after A is moved a reload follows it.
 */

/** Titles unique to one run, so reruns against a reused server never match an older reference. */
const run = Date.now().toString(36);

/** A write through the BFF as the page itself would make it: same-origin Origin and the session's CSRF token. */
async function write(page: Page, method: 'POST' | 'PATCH', path: string, data: object) {
  const origin = new URL(page.url()).origin;
  const session = (await (await page.request.get('/api/session')).json()) as {
    csrfToken: string | null;
  };
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { origin, 'x-csrf-token': session.csrfToken ?? '' },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return ((await response.json()) as { reference: { id: string } }).reference;
}

/**
 * Resolves with the window of the next chart request the page makes to the BFF. With `explicit`, only a
 * request with days counts: the route's loader prefetches the link's plain range before the references
 * are known, and that prefetch is not the chart on screen.
 */
function nextChartWindow(page: Page, explicit = true) {
  return page
    .waitForRequest(
      (request) =>
        /\/api\/projects\/demo\/chart\?/.test(request.url()) &&
        (!explicit || new URL(request.url()).searchParams.has('startDate')),
    )
    .then((request) => {
      const url = new URL(request.url());
      return {
        startDate: url.searchParams.get('startDate'),
        endDate: url.searchParams.get('endDate'),
      };
    });
}

test('a window from reference A to B follows A when it is moved', async ({ page }) => {
  await page.goto('/p/demo/references');
  const titleA = `Anchor A ${run}`;
  const titleB = `Anchor B ${run}`;
  // 23:30 UTC on 2 Nov is 00:30 on 3 Nov in Stockholm (UTC+1): A's day is the 3rd, not the 2nd.
  const a = await write(page, 'POST', '/api/projects/demo/references', {
    title: titleA,
    datetime: '2026-11-02T23:30:00.000Z',
  });
  // 10:00 UTC on 10 Nov is 11:00 the same day in Stockholm.
  const b = await write(page, 'POST', '/api/projects/demo/references', {
    title: titleB,
    datetime: '2026-11-10T10:00:00.000Z',
  });

  await page.goto('/p/demo/charts');
  await expect(page.getByRole('heading', { name: /Last 30 days \(live range\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'From a reference…' }).click();
  const form = page.getByRole('form', { name: 'Range from references' });
  await form.getByLabel('From reference').selectOption({ label: titleA });
  await form.getByLabel('To reference').selectOption({ label: titleB });
  const firstWindow = nextChartWindow(page);
  await form.getByRole('button', { name: 'Apply' }).click();

  await expect(page).toHaveURL((url) => url.searchParams.get('anchor') === `${a.id}..${b.id}`);
  expect(await firstWindow).toEqual({ startDate: '2026-11-03', endDate: '2026-11-10' });
  await expect(page.getByTestId('chart-description')).toHaveText(
    'screen_view · 2026-11-03 to 2026-11-10 (fixed dates)',
  );
  await expect(page.getByRole('button', { name: `From ${titleA} to ${titleB}` })).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();

  // A teammate moves A: 12:00 UTC on 5 Nov is the 5th in Stockholm.
  await write(page, 'PATCH', `/api/projects/demo/references/${a.id}`, {
    datetime: '2026-11-05T12:00:00.000Z',
  });
  const movedWindow = nextChartWindow(page);
  await page.reload();
  expect(await movedWindow).toEqual({ startDate: '2026-11-05', endDate: '2026-11-10' });
  await expect(page.getByTestId('chart-description')).toHaveText(
    'screen_view · 2026-11-05 to 2026-11-10 (fixed dates)',
  );
  expect(new URL(page.url()).searchParams.get('anchor')).toBe(`${a.id}..${b.id}`);

  // Choosing a preset replaces the anchor.
  await page.getByLabel('Range', { exact: true }).selectOption({ label: 'Last 7 days (W)' });
  await expect(page).toHaveURL((url) => !url.searchParams.has('anchor'));
});

test('a link anchored on a reference that no longer exists falls back with a notice', async ({
  page,
}) => {
  const gone = '00000000-0000-4000-8000-00000000dead';
  const window = nextChartWindow(page, false);
  await page.goto(`/p/demo/charts?v=1&anchor=${gone}`);
  const notice = page.getByRole('status', { name: 'Link notice' });
  await expect(notice).toContainText(
    `Ignored the reference anchor “${gone}” (it no longer exists); showing Last 30 days`,
  );
  expect(await window).toEqual({ startDate: null, endDate: null });
  await expect(page.getByTestId('chart-description')).toHaveText(
    'screen_view · Last 30 days (live range)',
  );
  await notice.getByRole('button', { name: 'Clean up link' }).click();
  await expect(page).toHaveURL((url) => !url.searchParams.has('anchor'));
  await expect(notice).toHaveCount(0);
});
