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

/** Wide enough for the tooltip's table: past this, it sits left of the cursor line instead of right. */
const FLIP_MARGIN = 240;
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
  const flip = x > chartWidth - FLIP_MARGIN;
  return (
    <>
      <div
        aria-hidden="true"
        className="pointer-events-none absolute w-px bg-indigo-500"
        style={{ left: x, top: PLOT_TOP, bottom: X_AXIS_HEIGHT }}
      />
      <div
        aria-hidden="true"
        data-testid={testId}
        className="pointer-events-none absolute top-8 z-10"
        style={flip ? { right: chartWidth - x + 8 } : { left: x + 8 }}
      >
        <ChartTooltip row={row} series={series} compare={compare} hint={hint} />
      </div>
    </>
  );
}
