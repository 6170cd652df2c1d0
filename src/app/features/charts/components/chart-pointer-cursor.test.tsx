// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ChartPointerCursor } from './chart-pointer-cursor.tsx';
import type { TrendRow } from './trend-chart.tsx';

const rows: TrendRow[] = [
  { date: '2026-11-16 00:00:00', label: '16 Nov', pv: 10 },
  { date: '2026-11-17 00:00:00', label: '17 Nov', pv: 1204 },
  { date: '2026-11-18 00:00:00', label: '18 Nov', pv: 0 },
];
// Three points on a 200 px plot from x = 56: buckets at 56, 156 and 256 px from the chart's left edge.
const axis = { left: 56, width: 200, count: 3, band: false };
/** Where the plot box sits in the page: pointer x = PLOT_LEFT_IN_PAGE + chart x. */
const PLOT_LEFT_IN_PAGE = 100;

function Plot({ suppressed = false }: { suppressed?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div
      data-testid="plot"
      ref={(node) => {
        ref.current = node;
        // jsdom has no layout: place the box the way a browser would report it.
        if (node) node.getBoundingClientRect = () => new DOMRect(PLOT_LEFT_IN_PAGE, 0, 300, 320);
      }}
    >
      <ChartPointerCursor
        plotRef={ref}
        axis={axis}
        rows={rows}
        series={[{ key: 'pv', label: 'Page views', color: '#6366f1' }]}
        compare={false}
        chartWidth={300}
        hint="Click to add a reference here"
        suppressed={suppressed}
      />
    </div>
  );
}

afterEach(cleanup);

describe('ChartPointerCursor', () => {
  it('shows the bucket nearest the pointer, with its value and the hint, and hides on leave', () => {
    render(<Plot />);
    const plot = screen.getByTestId('plot');
    expect(screen.queryByTestId('chart-pointer-cursor')).not.toBeInTheDocument();

    // 150 px into the chart is nearer 156 (17 Nov) than 56 (16 Nov).
    fireEvent.pointerMove(plot, { clientX: PLOT_LEFT_IN_PAGE + 150 });
    const cursor = screen.getByTestId('chart-pointer-cursor');
    expect(cursor).toHaveTextContent('17 Nov');
    expect(cursor).toHaveTextContent('1,204');
    expect(cursor).toHaveTextContent('Click to add a reference here');

    fireEvent.pointerMove(plot, { clientX: PLOT_LEFT_IN_PAGE + 250 });
    expect(screen.getByTestId('chart-pointer-cursor')).toHaveTextContent('18 Nov');

    fireEvent.pointerLeave(plot);
    expect(screen.queryByTestId('chart-pointer-cursor')).not.toBeInTheDocument();
  });

  it('shows nothing over the y axis, or while the keyboard cursor or a drag has the stage', () => {
    const { rerender } = render(<Plot />);
    const plot = screen.getByTestId('plot');
    fireEvent.pointerMove(plot, { clientX: PLOT_LEFT_IN_PAGE + 20 });
    expect(screen.queryByTestId('chart-pointer-cursor')).not.toBeInTheDocument();

    fireEvent.pointerMove(plot, { clientX: PLOT_LEFT_IN_PAGE + 60 });
    expect(screen.getByTestId('chart-pointer-cursor')).toHaveTextContent('16 Nov');
    rerender(<Plot suppressed />);
    expect(screen.queryByTestId('chart-pointer-cursor')).not.toBeInTheDocument();
  });
});
