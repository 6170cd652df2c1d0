// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { ChartsResponse } from '../../../../contract/openpanel-charts.ts';
import { bffHandlers } from '../../../testing/bff-handlers.ts';
import { mswTestServer } from '../../../testing/msw-test-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const server = mswTestServer({ resizeObserver: true });

const metrics = { sum: 0, average: 0, min: 0, max: 0 };

/** One series of two days: now 50 + 30 = 80, before 100 + 60 = 160 (the upstream says diff 100, negative). */
const halvedChart: ChartsResponse = {
  series: [
    {
      id: 'screen_view',
      names: ['screen_view'],
      event: { id: 'A', name: 'screen_view' },
      metrics: {
        sum: 80,
        average: 40,
        min: 30,
        max: 50,
        previous: {
          sum: { diff: 100, state: 'negative', value: 160 },
          average: { diff: 100, state: 'negative', value: 80 },
          min: { diff: 100, state: 'negative', value: 60 },
          max: { diff: 100, state: 'negative', value: 100 },
        },
      },
      data: [
        {
          date: '2026-11-19 00:00:00',
          count: 50,
          previous: { diff: 100, state: 'negative', value: 100 },
        },
        {
          date: '2026-11-20 00:00:00',
          count: 30,
          previous: { diff: 100, state: 'negative', value: 60 },
        },
      ],
    },
  ],
  metrics: { sum: 80, average: 40, min: 30, max: 50 },
};

describe('the charts page', () => {
  it('sends the URL state to the BFF and shows the signed previous-period change', async () => {
    let asked: Record<string, string> | undefined;
    server.use(
      http.get('*/api/projects/demo/chart', ({ request }) => {
        asked = Object.fromEntries(new URL(request.url).searchParams);
        return HttpResponse.json(halvedChart);
      }),
      // After the overrides: MSW uses the first handler that matches.
      ...bffHandlers(),
    );
    renderApp('/p/demo/charts?range=7d&compare=true');

    const cards = await screen.findByRole('list', { name: 'Series' });
    // 80 now against 160 before is −50 %, not the upstream's unsigned diff of 100.
    expect(within(cards).getByRole('button').textContent).toBe('screen_view80−50 %Total');
    expect(asked).toEqual({
      series: '[{"name":"screen_view"}]',
      range: '7d',
      interval: 'day',
      previous: 'true',
    });
    expect(
      screen.getByRole('heading', {
        name: 'screen_view · Last 7 days (live range) · compared with the previous period',
      }),
    ).toBeInTheDocument();
  });

  it('writes builder changes into the URL: chart type, legend toggles, metric', async () => {
    server.use(
      http.get('*/api/projects/demo/chart', () => HttpResponse.json(halvedChart)),
      // After the overrides: MSW uses the first handler that matches.
      ...bffHandlers(),
    );
    const { router } = renderApp('/p/demo/charts');
    await screen.findByRole('list', { name: 'Series' });

    await userEvent.click(screen.getByRole('radio', { name: 'Bar' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ v: 1, type: 'bar' }));

    await userEvent.click(screen.getByRole('button', { name: /^screen_view/ }));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ v: 1, type: 'bar', hidden: ['screen_view'] }),
    );
    expect(screen.getByRole('button', { name: /^screen_view/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await userEvent.click(screen.getByRole('radio', { name: 'Max' }));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({
        v: 1,
        type: 'bar',
        hidden: ['screen_view'],
        metric: 'max',
      }),
    );
  });

  it('adds a filter with any operator of the grammar and sends it with the series', async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/projects/demo/chart', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('series') ?? '');
        return HttpResponse.json(halvedChart);
      }),
      // After the overrides: MSW uses the first handler that matches.
      ...bffHandlers(),
    );
    renderApp('/p/demo/charts');
    await screen.findByRole('list', { name: 'Series' });

    await userEvent.click(screen.getByRole('button', { name: '+ Add filter' }));
    const operator = screen.getByRole('combobox', { name: 'Series A filter 1 operator' });
    expect(
      within(operator)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual([
      'is',
      'isNot',
      'contains',
      'doesNotContain',
      'startsWith',
      'endsWith',
      'regex',
      'isNull',
      'isNotNull',
      'gt',
      'lt',
      'gte',
      'lte',
    ]);
    await userEvent.type(
      screen.getByRole('combobox', { name: 'Series A filter 1 property' }),
      'path{Enter}',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Series A filter 1 operator' }),
      'startsWith',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Series A filter 1 value' }),
      '/blog{Enter}',
    );

    await waitFor(() =>
      expect(asked.at(-1)).toBe(
        '[{"name":"screen_view","filters":[{"name":"path","operator":"startsWith","value":["/blog"]}]}]',
      ),
    );
  });

  it('says why the chart is empty when a filter matches nothing', async () => {
    server.use(
      http.get('*/api/projects/demo/chart', () => HttpResponse.json({ series: [], metrics })),
      // After the overrides: MSW uses the first handler that matches.
      ...bffHandlers(),
    );
    renderApp(
      '/p/demo/charts?series=%5B%7B%22name%22%3A%22purchase%22%2C%22filters%22%3A%5B%7B%22name%22%3A%22country%22%2C%22operator%22%3A%22is%22%2C%22value%22%3A%5B%22XX%22%5D%7D%5D%7D%5D',
    );
    expect(
      await screen.findByText(
        'No events match these filters in this range. Loosen a filter or pick a longer range.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the BFF’s message with Retry, and Retry draws the chart', async () => {
    let fail = true;
    server.use(
      http.get('*/api/projects/demo/chart', () =>
        fail
          ? HttpResponse.json(
              { error: { code: 'forbidden', message: 'Only this project, please.' } },
              { status: 403 },
            )
          : HttpResponse.json(halvedChart),
      ),
      // After the overrides: MSW uses the first handler that matches.
      ...bffHandlers(),
    );
    renderApp('/p/demo/charts');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Only this project, please.');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Series' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells what a hand-broken link lost and still draws the default chart', async () => {
    server.use(
      http.get('*/api/projects/demo/chart', () => HttpResponse.json(halvedChart)),
      // After the overrides: MSW uses the first handler that matches.
      ...bffHandlers(),
    );
    renderApp('/p/demo/charts?range=last_9_days&type=pie');
    const notice = await screen.findByRole('status', { name: 'Link notice' });
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Ignored unknown range “last_9_days”; showing Last 30 days',
      'Ignored unknown chart type “pie”; showing a line chart',
    ]);
    expect(await screen.findByRole('list', { name: 'Series' })).toBeInTheDocument();
  });
});
