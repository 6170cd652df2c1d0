import { useLayoutEffect, useRef, useState } from 'react';
import { ChartTooltip } from './chart-tooltip.tsx';
import type { TooltipSeries } from './chart-tooltip.tsx';
import type { TrendRow } from './trend-chart.tsx';

interface ChartCursorOverlayProps {
  row: TrendRow;
  /** The cursor's bucket in the chart's SVG pixels (marker-drag.ts `bucketX`). */
  x: number;
  chartWidth: number;
  series: readonly TooltipSeries[];
  compare: boolean;
  /** The line under the values: what the pointer or the keyboard can do here. */
  hint?: string | undefined;
  testId: string;
}

/** The gap between the cursor line and its tooltip. */
const GAP = 8;
/** The plot's top margin and the x axis's height in the chart's SVG (trend-chart.tsx). */
const PLOT_TOP = 28;
const X_AXIS_HEIGHT = 30;

/**
 * The cursor line and its tooltip, for the pointer and for the keyboard cursor (issue 8 §1): drawn over
 * the chart in HTML rather than inside Recharts, so moving it never re-renders the plot, and the chart
 * page ships without Recharts' own tooltip machinery (issue 8 §2). Screen readers get the same content
 * from the keyboard cursor's aria-live announcement, so this is hidden from them.
 */
export function ChartCursorOverlay({
  row,
  x,
  chartWidth,
  series,
  compare,
  hint,
  testId,
}: ChartCursorOverlayProps) {
  // The tooltip sits right of the line, or left of it when it would stick out, and never outside the
  // chart: on a phone it can be wider than either side, and then it starts at the left edge.
  const boxRef = useRef<HTMLDivElement>(null);
  const [boxWidth, setBoxWidth] = useState(0);
  useLayoutEffect(() => {
    const measured = boxRef.current?.offsetWidth ?? 0;
    if (measured !== boxWidth) setBoxWidth(measured);
    // Remeasured whenever what the tooltip shows changes its width.
  }, [row, series, compare, hint, boxWidth]);
  const fitsRight = x + GAP + boxWidth <= chartWidth;
  const left = fitsRight
    ? x + GAP
    : Math.max(0, Math.min(x - GAP - boxWidth, chartWidth - boxWidth));
  return (
    <>
      <div
        aria-hidden="true"
        className="pointer-events-none absolute w-px bg-indigo-500"
        style={{ left: x, top: PLOT_TOP, bottom: X_AXIS_HEIGHT }}
      />
      <div
        ref={boxRef}
        aria-hidden="true"
        data-testid={testId}
        className="pointer-events-none absolute top-8 z-10 w-max max-w-full"
        style={{ left }}
      >
        <ChartTooltip row={row} series={series} compare={compare} hint={hint} />
      </div>
    </>
  );
}
