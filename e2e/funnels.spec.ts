import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

/**
 * The Funnels page against the real BFF and emulator, with a hand-built fixture whose counts are known
 * (imported into project `demo` through the read client, at event names the demo data never uses).
 * Times are UTC; the organization is in Europe/Stockholm (CET, UTC+1 in November).
 *
 * Current window 10–12 Nov (local days), steps e2e_funnel_step_1 → _2 → _3, one session each:
 *   10 Nov  s01–s04: step 1 (plan=pro), step 2; s01–s03 also step 3
 *   12 Nov  s05–s10: step 1 (plan=free); s05–s06 also step 2
 *   → 10 / 6 / 3; with the step-1 filter plan=pro → 4 / 4 / 3
 * Previous window 7–9 Nov: s11–s15 step 1, s11–s14 step 2, s11–s12 step 3 → 5 / 4 / 2
 * Reference "E2E funnel launch" at 11 Nov 11:00 UTC (12:00 local), 36 h from each end of the window:
 *   before → 4 / 4 / 3, after → 6 / 2 / 0
 */
const EMULATOR_URL = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? '3199'}`;
const READ_CLIENT = {
  'openpanel-client-id': 'a0000000-0000-4000-8000-000000000002',
  'openpanel-client-secret': 'demo-read-secret',
};
const STEP = (n: number) => `e2e_funnel_step_${n}`;
const REFERENCE_TITLE = 'E2E funnel launch';

function fixtureEvents() {
  const rows: object[] = [];
  const session = (k: number, day: string, stepsDone: number, plan: string) => {
    const id = `e2e-funnel-s${String(k).padStart(2, '0')}`;
    const base = Date.parse(`${day}T09:${String(k).padStart(2, '0')}:00Z`);
    for (let s = 1; s <= stepsDone; s++) {
      rows.push({
        name: STEP(s),
        session_id: id,
        device_id: `${id}-device`,
        profile_id: `${id}-profile`,
        created_at: new Date(base + (s - 1) * 60_000).toISOString(),
        properties: s === 1 ? { plan } : {},
      });
    }
  };
  [3, 3, 3, 2].forEach((done, i) => session(i + 1, '2026-11-10', done, 'pro'));
  [2, 2, 1, 1, 1, 1].forEach((done, i) => session(i + 5, '2026-11-12', done, 'free'));
  [3, 3, 2, 2, 1].forEach((done, i) => session(i + 11, '2026-11-08', done, 'free'));
  return rows;
}

/** Imports the fixture once per emulator (a reused server already has it). */
async function ensureFixture(request: APIRequestContext, baseURL: string) {
  const existing = await request.get(
    `${EMULATOR_URL}/export/events?projectId=demo&event=${STEP(1)}&start=2026-11-01&end=2026-11-15`,
    { headers: READ_CLIENT },
  );
  expect(existing.ok()).toBe(true);
  const body = (await existing.json()) as { data: unknown[] };
  if (body.data.length === 0) {
    const imported = await request.post(`${EMULATOR_URL}/import/events`, {
      headers: READ_CLIENT,
      data: fixtureEvents(),
    });
    expect(imported.status()).toBe(200);
  }
  const references = (await (
    await request.get(`${baseURL}/api/projects/demo/references`)
  ).json()) as {
    references: { title: string }[];
  };
  if (!references.references.some((r) => r.title === REFERENCE_TITLE)) {
    const session = (await (await request.get(`${baseURL}/api/session`)).json()) as {
      csrfToken: string;
    };
    const created = await request.post(`${baseURL}/api/projects/demo/references`, {
      headers: { 'x-csrf-token': session.csrfToken, origin: new URL(baseURL).origin },
      data: { title: REFERENCE_TITLE, datetime: '2026-11-11T11:00:00.000Z' },
    });
    expect(created.status()).toBe(200);
  }
}

function funnelUrl(params: Record<string, string | number>, steps: object[]) {
  const search = new URLSearchParams({ steps: JSON.stringify(steps) });
  for (const [k, v] of Object.entries(params)) search.set(k, String(v));
  return `/p/demo/funnels?${search.toString()}`;
}

const plainSteps = [{ name: STEP(1) }, { name: STEP(2) }, { name: STEP(3) }];
const proSteps = [
  { name: STEP(1), filters: [{ name: 'properties.plan', operator: 'is', value: ['pro'] }] },
  { name: STEP(2) },
  { name: STEP(3) },
];

async function expectCounts(scope: Locator, counts: string[]) {
  await expect(
    scope.getByRole('list', { name: 'Funnel steps' }).getByTestId('step-count'),
  ).toHaveText(counts);
}

const funnelCard = (page: Page) => page.getByRole('group', { name: 'Funnel', exact: true });

// In this order, and the insights test last: the BFF's funnel adapter remembers the upstream's 404 for the
// rest of the process, so after it every funnel of this server comes from /insights.
test.describe.configure({ mode: 'serial' });

test.describe('funnels', () => {
  test.beforeEach(async ({ request, baseURL }) => {
    await ensureFixture(request, baseURL ?? '');
  });

  test('export upstream: bars, previous period, per-step filter, split, CSV and share', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(
      funnelUrl({ from: '2026-11-10', to: '2026-11-12', compare: 'previous' }, plainSteps),
    );
    const card = funnelCard(page);
    await expect(
      page.getByRole('heading', { name: 'Funnel · 10 Nov 2026 – 12 Nov 2026' }),
    ).toBeVisible();
    await expectCounts(card, ['10', '6', '3']);
    await expect(card.getByTestId('step-dropoff')).toHaveText([
      '↓ 4 dropped off (40%) before step 2',
      '↓ 3 dropped off (50%) before step 3',
    ]);
    await expect(card.getByRole('listitem', { name: `Step 1: ${STEP(1)}` })).toContainText(
      'Highest drop-off',
    );
    await expect(card.getByText('Highest drop-off')).toHaveCount(1);
    await expect(card.getByText('30%', { exact: true })).toBeVisible();
    await expect(card.getByTestId('step-change')).toHaveText([
      'Previous: 5 · +5 (+100%)',
      'Previous: 4 · +2 (+50%)',
      'Previous: 2 · +1 (+50%)',
    ]);
    await expect(page.getByTestId('filters-note')).toHaveCount(0);

    // A per-step filter through the builder: only plan=pro sessions enter step 1.
    await page.getByRole('button', { name: '+ Add filter to step 1' }).click();
    await page.getByLabel('Step 1 filter 1 property').fill('properties.plan');
    await page.getByLabel('Step 1 filter 1 values').fill('pro');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expectCounts(card, ['4', '4', '3']);
    await expect(card.getByRole('listitem', { name: `Step 2: ${STEP(2)}` })).toContainText(
      'Highest drop-off',
    );
    expect(decodeURIComponent(page.url())).toContain(
      '"filters":[{"name":"properties.plan","operator":"is","value":["pro"]}]',
    );

    // Split at the reference: equal 36-hour windows on each side, side by side.
    await page.goto(funnelUrl({ from: '2026-11-10', to: '2026-11-12' }, plainSteps));
    await expect(page.getByRole('list', { name: 'References in this period' })).toContainText(
      REFERENCE_TITLE,
    );
    await page.getByRole('button', { name: `Split at ${REFERENCE_TITLE}` }).click();
    const before = page.getByRole('region', { name: `Before ${REFERENCE_TITLE}` });
    const after = page.getByRole('region', { name: `After ${REFERENCE_TITLE}` });
    await expectCounts(before, ['4', '4', '3']);
    await expectCounts(after, ['6', '2', '0']);
    await expect(after.getByTestId('step-change')).toHaveText([
      'Before: 4 · +2 (+50%)',
      'Before: 4 · −2 (−50%)',
      'Before: 3 · −3 (−100%)',
    ]);
    await expect(before).toContainText('10 Nov 2026, 00:00 – 11 Nov 2026, 11:59');
    await expectCounts(card, ['10', '6', '3']);

    // CSV of the funnel on screen.
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Download CSV' }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    expect(csv).toBe(
      'step,event,count,percent_of_first,dropoff_count,dropoff_percent,highest_dropoff\r\n' +
        `1,${STEP(1)},10,100,4,40,true\r\n2,${STEP(2)},6,60,3,50,false\r\n3,${STEP(3)},3,30,0,,false\r\n`,
    );

    // Copy link puts the page URL (the whole state) on the clipboard.
    await card.getByRole('button', { name: 'Copy link' }).click();
    await expect(card.getByText('Link copied.')).toBeVisible();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(page.url());

    // A read-only share link opens this funnel.
    await card.getByRole('button', { name: 'Share read-only link' }).click();
    const shareUrl = await card.getByLabel('Read-only link (valid 7 days)').inputValue();
    await page.goto(shareUrl);
    // It opens inline and read-only: the same counts, no builder.
    await expect(page.getByRole('heading', { name: 'Shared funnel' })).toBeVisible();
    await expectCounts(funnelCard(page), ['10', '6', '3']);
    await expect(page.getByRole('button', { name: 'Share read-only link' })).toHaveCount(0);
  });

  test('an empty funnel says why', async ({ page }) => {
    await page.goto(
      funnelUrl({ from: '2026-11-10', to: '2026-11-12' }, [
        { name: 'e2e_funnel_never' },
        { name: STEP(2) },
      ]),
    );
    await expect(
      funnelCard(page).getByText(
        'No sessions started with “e2e_funnel_never” in 10 Nov 2026 – 12 Nov 2026.',
      ),
    ).toBeVisible();
  });

  test('insights fallback: same counts without the filter, and the builder says so', async ({
    page,
    request,
  }) => {
    // The real server's Fastify 404 for a route it does not have (§7.1); the BFF then uses insights.
    const armed = await request.post(`${EMULATOR_URL}/__faults`, {
      data: {
        method: 'GET',
        path: '/export/funnel',
        status: 404,
        body: JSON.stringify({
          message: 'Route GET:/export/funnel not found',
          error: 'Not Found',
          statusCode: 404,
        }),
        count: 1,
      },
    });
    expect(armed.ok()).toBe(true);
    // window=48 makes a request the BFF has not cached yet, so it really asks the upstream.
    await page.goto(funnelUrl({ from: '2026-11-10', to: '2026-11-12', window: 48 }, proSteps));
    await expectCounts(funnelCard(page), ['10', '6', '3']);
    await expect(page.getByTestId('filters-note').first()).toHaveText(
      'Not applied: this OpenPanel server has no per-step filters, so the counts ignore them.',
    );
    await request.delete(`${EMULATOR_URL}/__faults`);
  });
});
