import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { bucketAtPointer, bucketX } from '../marker-drag.ts';
import type { BucketAxis } from '../marker-drag.ts';
import { ChartCursorOverlay } from './chart-cursor-overlay.tsx';
import type { TooltipSeries } from './chart-tooltip.tsx';
import type { TrendRow } from './trend-chart.tsx';

interface ChartPointerCursorProps {
  /** The plot box the chart's SVG fills from its top-left corner. */
  plotRef: RefObject<HTMLElement | null>;
  axis: BucketAxis;
  rows: readonly TrendRow[];
  series: readonly TooltipSeries[];
  compare: boolean;
  chartWidth: number;
  hint?: string | undefined;
  /** While the keyboard cursor is shown, or a marker is hovered (its own card shows) or dragged, the
   * pointer's tooltip steps aside. */
  suppressed: boolean;
}

/**
 * The tooltip that follows the pointer over the plot: the bucket under it snaps like a marker drag does
 * (marker-drag.ts `bucketAtPointer`). Its state lives here, not in the chart, so hovering re-renders this
 * small overlay and never the Recharts tree with its thousands of points (issue 4 §3).
 */
export function ChartPointerCursor({
  plotRef,
  axis,
  rows,
  series,
  compare,
  chartWidth,
  hint,
  suppressed,
}: ChartPointerCursorProps) {
  const [index, setIndex] = useState<number | null>(null);
  const axisRef = useRef(axis);
  useLayoutEffect(() => {
    axisRef.current = axis;
  });

  useEffect(() => {
    const plot = plotRef.current;
    if (!plot) return;
    const onMove = (event: PointerEvent) =>
      setIndex(bucketAtPointer(event.clientX - plot.getBoundingClientRect().left, axisRef.current));
    const onLeave = () => setIndex(null);
    plot.addEventListener('pointermove', onMove);
    plot.addEventListener('pointerleave', onLeave);
    return () => {
      plot.removeEventListener('pointermove', onMove);
      plot.removeEventListener('pointerleave', onLeave);
    };
  }, [plotRef]);

  const row = index === null || suppressed ? undefined : rows[Math.min(index, rows.length - 1)];
  if (!row || index === null) return null;
  return (
    <ChartCursorOverlay
      row={row}
      x={bucketX(Math.min(index, rows.length - 1), axis)}
      chartWidth={chartWidth}
      series={series}
      compare={compare}
      hint={hint}
      testId="chart-pointer-cursor"
    />
  );
}
