// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { FunnelResponse, Reference } from '../../../../contract/bff-api.ts';
import {
  funnelViewStateIssues,
  parseFunnelViewState,
} from '../../../../contract/funnel-view-state.ts';
import type { FunnelViewState } from '../../../../contract/funnel-view-state.ts';
import { createQueryClient } from '../../../query-client.ts';
import { bffHandlers, funnelBffHandlers } from '../../../testing/bff-handlers.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { FunnelPage } from './funnel-page.tsx';

const server = mswTestServer();

const stockholm = { config: { timezone: 'Europe/Stockholm' } };

/**
 * The page as its route mounts it, with the URL search given as the router would hand it over (JSON
 * values parsed) and `onStateChange` standing in for navigation. The route itself is covered by e2e.
 */
function renderPage(raw: Record<string, unknown>, references: Reference[] = []) {
  const changes: FunnelViewState[] = [];
  function Harness() {
    const [state, setState] = useState(() => parseFunnelViewState(raw));
    return (
      <FunnelPage
        projectId="demo"
        state={state}
        issues={funnelViewStateIssues(raw)}
        timeZone="Europe/Stockholm"
        references={references}
        now={Date.parse('2026-11-20T12:00:00Z')}
        canShare
        csrfToken="csrf"
        onStateChange={(next) => {
          changes.push(next);
          setState(next);
        }}
      />
    );
  }
  render(
    <QueryClientProvider client={createQueryClient()}>
      <Harness />
    </QueryClientProvider>,
  );
  return { changes };
}

/** 10 → 6 → 3 (§7.2 by hand): 60 % and 30 % of the first, drop-offs 4 (40 %) and 3 (50 %). */
const current: FunnelResponse = {
  totalUnits: 10,
  completedUnits: 3,
  overallConversionRate: 30,
  steps: [
    {
      name: 'a',
      count: 10,
      percentOfFirst: 100,
      dropoffCount: 4,
      dropoffPercent: 40,
      isHighestDropoff: true,
    },
    {
      name: 'b',
      count: 6,
      percentOfFirst: 60,
      dropoffCount: 3,
      dropoffPercent: 50,
      isHighestDropoff: false,
    },
    {
      name: 'c',
      count: 3,
      percentOfFirst: 30,
      dropoffCount: 0,
      dropoffPercent: null,
      isHighestDropoff: false,
    },
  ],
  perStepFiltersApplied: true,
  source: 'export',
};
/** 5 → 4 → 2. */
const previous: FunnelResponse = {
  totalUnits: 5,
  completedUnits: 2,
  overallConversionRate: 40,
  steps: [
    {
      name: 'a',
      count: 5,
      percentOfFirst: 100,
      dropoffCount: 1,
      dropoffPercent: 20,
      isHighestDropoff: false,
    },
    {
      name: 'b',
      count: 4,
      percentOfFirst: 80,
      dropoffCount: 2,
      dropoffPercent: 50,
      isHighestDropoff: true,
    },
    {
      name: 'c',
      count: 2,
      percentOfFirst: 40,
      dropoffCount: 0,
      dropoffPercent: null,
      isHighestDropoff: false,
    },
  ],
  perStepFiltersApplied: true,
  source: 'export',
};

const STEPS = '[{"name":"a"},{"name":"b"},{"name":"c"}]';
const abc = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];

/** Answers by window and records every funnel query string the page sent. */
function funnelByStart(answers: Record<string, FunnelResponse>, asked: string[]) {
  return http.get('*/api/projects/demo/funnel', ({ request }) => {
    const params = new URL(request.url).searchParams;
    asked.push(params.toString());
    const answer = answers[params.get('startDate') ?? ''];
    return answer ? HttpResponse.json(answer) : HttpResponse.json(current);
  });
}

describe('FunnelPage', () => {
  it('draws the bars and headline, and runs the previous window as a second query', async () => {
    const asked: string[] = [];
    server.use(
      funnelByStart({ '2026-11-10': current, '2026-11-06T23:00:00Z': previous }, asked),
      ...bffHandlers(stockholm),
    );
    renderPage({ steps: abc, from: '2026-11-10', to: '2026-11-12', compare: 'previous' });

    const card = await screen.findByRole('group', { name: 'Funnel' });
    const steps = within(card).getByRole('list', { name: 'Funnel steps' });
    await waitFor(() => expect(within(steps).getAllByTestId('step-change')).toHaveLength(3));
    expect(
      within(steps)
        .getAllByTestId('step-count')
        .map((n) => n.textContent),
    ).toEqual(['10', '6', '3']);
    expect(
      within(steps)
        .getAllByTestId('step-dropoff')
        .map((n) => n.textContent),
    ).toEqual(['↓ 4 dropped off (40%) before step 2', '↓ 3 dropped off (50%) before step 3']);
    expect(within(steps).getByRole('listitem', { name: 'Step 1: a' })).toHaveTextContent(
      'Highest drop-off',
    );
    expect(
      within(steps)
        .getAllByTestId('step-change')
        .map((n) => n.textContent),
    ).toEqual(['Previous: 5 · +5 (+100%)', 'Previous: 4 · +2 (+50%)', 'Previous: 2 · +1 (+50%)']);
    expect(card).toHaveTextContent('Overall conversion30%−10 pts');
    expect(card).toHaveTextContent('This periodPrevious period (7 Nov 2026 – 9 Nov 2026)');
    expect(new Set(asked)).toEqual(
      new Set([
        `steps=${encodeURIComponent(STEPS)}&startDate=2026-11-10&endDate=2026-11-12&windowHours=24&groupBy=session_id`,
        `steps=${encodeURIComponent(STEPS)}&startDate=2026-11-06T23%3A00%3A00Z&endDate=2026-11-09T22%3A59%3A59Z&windowHours=24&groupBy=session_id`,
      ]),
    );
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('lists what it ignored in a hand-edited link and falls back to defaults', async () => {
    server.use(...funnelBffHandlers(current), ...bffHandlers(stockholm));
    renderPage({ steps: abc, window: 0, colour: 'red' });
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Parts of this link were ignored and replaced by defaults: window (whole hours from 1 to 720); unknown parameter “colour”.',
    );
    expect(await screen.findByLabelText('Conversion window (hours)')).toHaveValue(24);
  });

  it('says next to the filter controls when the upstream could not apply per-step filters', async () => {
    server.use(
      ...funnelBffHandlers({ ...current, source: 'insights', perStepFiltersApplied: false }),
      ...bffHandlers(stockholm),
    );
    renderPage({
      steps: [
        { name: 'a', filters: [{ name: 'properties.plan', operator: 'is', value: ['pro'] }] },
        { name: 'b' },
      ],
    });
    const notes = await screen.findAllByTestId('filters-note');
    expect(notes[0]).toHaveTextContent(
      'Not applied: this OpenPanel server has no per-step filters, so the counts ignore them.',
    );
    expect(screen.getByLabelText('Step 1 filter 1 values')).toHaveValue('pro');
  });

  it('shows the BFF’s message with Retry, and an empty state that names the first step', async () => {
    let fail = true;
    server.use(
      http.get('*/api/projects/demo/funnel', () =>
        fail
          ? HttpResponse.json(
              { error: { code: 'bad_request', message: 'A funnel needs 2 to 10 steps' } },
              { status: 400 },
            )
          : HttpResponse.json({
              ...current,
              totalUnits: 0,
              completedUnits: 0,
              overallConversionRate: 0,
              steps: current.steps.map((s) => ({
                ...s,
                count: 0,
                percentOfFirst: 0,
                dropoffCount: 0,
                isHighestDropoff: false,
              })),
            }),
      ),
      ...bffHandlers(stockholm),
    );
    renderPage({ steps: abc, from: '2026-11-10', to: '2026-11-10' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A funnel needs 2 to 10 steps');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('No sessions started with “a” in 10 Nov 2026.'),
    ).toBeInTheDocument();
  });

  it('writes the builder’s steps into the URL only on Apply', async () => {
    server.use(...funnelBffHandlers(current), ...bffHandlers(stockholm));
    const { changes } = renderPage({ steps: abc, range: '7d' });
    await userEvent.click(await screen.findByRole('button', { name: '+ Add step' }));
    await userEvent.type(screen.getByLabelText('Step 4 event'), 'd');
    await userEvent.selectOptions(screen.getByLabelText('Count'), 'profile');
    expect(changes).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(changes).toEqual([
      {
        steps: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }],
        range: '7d',
        from: undefined,
        to: undefined,
        window: 24,
        unit: 'profile',
      },
    ]);
  });

  it('lists references inside the window and splits the funnel before/after one', async () => {
    const reference = (id: string, title: string, date: string): Reference => ({
      id,
      title,
      description: null,
      date,
      projectId: 'demo',
      createdAt: date,
      updatedAt: date,
    });
    const asked: string[] = [];
    server.use(
      funnelByStart({ '2026-11-09T23:00:00Z': previous, '2026-11-11T11:00:00Z': current }, asked),
      ...bffHandlers(stockholm),
    );
    renderPage({ steps: abc, from: '2026-11-10', to: '2026-11-12' }, [
      reference('1af09627-0000-4000-8000-000000000001', 'Launch', '2026-11-11T11:00:00.000Z'),
      reference('1af09627-0000-4000-8000-000000000002', 'Too early', '2026-11-01T11:00:00.000Z'),
    ]);
    const list = await screen.findByRole('list', { name: 'References in this period' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['11 Nov, 12:00 · LaunchSplit here']);
    await userEvent.click(within(list).getByRole('button', { name: 'Split at Launch' }));
    const before = await screen.findByRole('region', { name: 'Before Launch' });
    const after = screen.getByRole('region', { name: 'After Launch' });
    expect(before).toHaveTextContent('10 Nov 2026, 00:00 – 11 Nov 2026, 11:59');
    expect(after).toHaveTextContent('11 Nov 2026, 12:00 – 12 Nov 2026, 23:59');
    await waitFor(() => expect(within(after).getAllByTestId('step-change')).toHaveLength(3));
    expect(
      within(before)
        .getAllByTestId('step-count')
        .map((n) => n.textContent),
    ).toEqual(['5', '4', '2']);
    expect(
      within(after)
        .getAllByTestId('step-change')
        .map((n) => n.textContent),
    ).toEqual(['Before: 5 · +5 (+100%)', 'Before: 4 · +2 (+50%)', 'Before: 2 · +1 (+50%)']);
    expect(asked).toContain(
      `steps=${encodeURIComponent(STEPS)}&startDate=2026-11-11T11%3A00%3A00Z&endDate=2026-11-12T22%3A59%3A59Z&windowHours=24&groupBy=session_id`,
    );
  });
});
