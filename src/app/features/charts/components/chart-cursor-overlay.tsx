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
  canAdd: boolean;
}

/** Wide enough for the tooltip's table: past this, it sits left of the cursor line instead of right. */
const FLIP_MARGIN = 240;

/**
 * The tooltip of the keyboard cursor (issue 8 §1): the same card the pointer shows, beside the cursor
 * line. Screen readers get the same content from the aria-live announcement, so this is hidden from them.
 */
export function ChartCursorOverlay({
  row,
  x,
  chartWidth,
  series,
  compare,
  canAdd,
}: ChartCursorOverlayProps) {
  const flip = x > chartWidth - FLIP_MARGIN;
  return (
    <div
      aria-hidden="true"
      data-testid="chart-cursor"
      className="pointer-events-none absolute top-8"
      style={flip ? { right: chartWidth - x + 8 } : { left: x + 8 }}
    >
      <ChartTooltip
        active
        row={row}
        series={series}
        compare={compare}
        hint={canAdd ? 'Press R to add a reference here' : 'Use ← → to move'}
      />
    </div>
  );
}
