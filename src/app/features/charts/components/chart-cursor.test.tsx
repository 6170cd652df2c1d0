// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import type { ChartsResponse } from '../../../../contract/openpanel-charts.ts';
import { chartPageHarness } from '../../../testing/chart-page-harness.ts';

const harness = chartPageHarness();

/** Five day buckets with previous-period values (§5.7: `diff` is unsigned, the change is computed). */
const chart: ChartsResponse = {
  series: [
    {
      id: 'screen_view',
      names: ['screen_view'],
      event: { id: 'A', name: 'screen_view' },
      metrics: { sum: 1226, average: 245.2, min: 0, max: 1204 },
      data: [
        {
          date: '2026-11-16 00:00:00',
          count: 10,
          previous: { diff: 100, state: 'negative', value: 20 },
        },
        {
          date: '2026-11-17 00:00:00',
          count: 1204,
          previous: { diff: 9.45, state: 'positive', value: 1100 },
        },
        {
          date: '2026-11-18 00:00:00',
          count: 0,
          previous: { diff: null, state: 'neutral', value: 0 },
        },
        { date: '2026-11-19 00:00:00', count: 7 },
        {
          date: '2026-11-20 00:00:00',
          count: 5,
          previous: { diff: 25, state: 'positive', value: 4 },
        },
      ],
    },
  ],
  metrics: { sum: 1226, average: 245.2, min: 0, max: 1204 },
};

function setup(role: 'editor' | 'viewer') {
  harness.render({
    chart,
    role,
    url: '/p/demo/charts?from=2026-11-16&to=2026-11-20&interval=day&compare=true',
  });
}

const announced = () => screen.getByTestId('cursor-announcement');

describe('keyboard chart cursor', () => {
  it('moves bucket by bucket with ←/→, Home and End, announcing values, previous and references', async () => {
    setup('editor');
    const plot = await screen.findByRole('group', { name: 'Chart plot' });
    await screen.findByRole('button', { name: 'Reference: Launch v2' });
    plot.focus();
    expect(announced()).toHaveTextContent('');
    // The first → enters at the first bucket.
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(announced()).toHaveTextContent('16 Nov 2026: screen_view 10 (previous 20, −50 %)');
    // (1204 − 1100) / 1100 = +9.45 % → +9.5 %.
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(announced()).toHaveTextContent(
      '17 Nov 2026: screen_view 1,204 (previous 1,100, +9.5 %); reference: Launch v2',
    );
    expect(screen.getByTestId('chart-cursor')).toHaveTextContent('Nov 17');
    fireEvent.keyDown(plot, { key: 'End' });
    expect(announced()).toHaveTextContent('20 Nov 2026: screen_view 5 (previous 4, +25 %)');
    // Stops at the last bucket.
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(announced()).toHaveTextContent('20 Nov 2026: screen_view 5 (previous 4, +25 %)');
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(announced()).toHaveTextContent('19 Nov 2026: screen_view 7 (no previous value)');
    // A previous value of 0 has no percentage.
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(announced()).toHaveTextContent('18 Nov 2026: screen_view 0 (previous 0)');
    fireEvent.keyDown(plot, { key: 'Home' });
    expect(announced()).toHaveTextContent('16 Nov 2026: screen_view 10 (previous 20, −50 %)');

    // r opens "Add reference here" at the cursor for editors.
    fireEvent.keyDown(plot, { key: 'r' });
    expect(await screen.findByRole('dialog', { name: 'Add reference' })).toBeInTheDocument();
  });

  it('leaves a marker’s own ←/→ (re-timing) alone, and r does nothing for viewers', async () => {
    setup('viewer');
    const plot = await screen.findByRole('group', { name: 'Chart plot' });
    const marker = await screen.findByRole('button', { name: 'Reference: Launch v2' });
    marker.focus();
    fireEvent.keyDown(marker, { key: 'ArrowRight' });
    expect(announced()).toHaveTextContent('');
    plot.focus();
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(announced()).toHaveTextContent('20 Nov 2026: screen_view 5 (previous 4, +25 %)');
    fireEvent.keyDown(plot, { key: 'r' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
