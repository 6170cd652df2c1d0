import { memo, useMemo, useRef, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { Reference } from '../../../../contract/bff-api.ts';
import type { Interval } from '../../../../contract/openpanel-common.ts';
import type { MarkerCluster } from '../marker-clusters.ts';
import { cursorAnnouncement } from '../cursor-announcement.ts';
import { bucketAtPointer, bucketX } from '../marker-drag.ts';
import { DENSE_BUCKETS, tickInterval } from '../dense-axis.ts';
import { markerTitleLayouts } from '../marker-title-layout.ts';
import { useChartCursor } from '../use-chart-cursor.ts';
import { useMarkerRetime } from '../use-marker-retime.ts';
import { ChartCursorOverlay } from './chart-cursor-overlay.tsx';
import { ChartPointerCursor } from './chart-pointer-cursor.tsx';
import { useBarAreaShapes } from './on-demand-chart-code.tsx';
import { seriesElements } from './trend-series-elements.tsx';
import type { TooltipSeries } from './chart-tooltip.tsx';
import { MarkerLabel } from './marker-label.tsx';

export type TrendChartType = 'line' | 'bar' | 'area';

/** One drawn row: the bucket, its label, and `[seriesKey]` / `[seriesKey:prev]` values. */
export type TrendRow = { date: string; label: string } & Record<string, unknown>;

interface TrendChartProps {
  type: TrendChartType;
  rows: readonly TrendRow[];
  series: readonly TooltipSeries[];
  compare: boolean;
  clusters: readonly MarkerCluster[];
  /** Titles of the references per bucket `date`, read out by the keyboard cursor. */
  referenceTitles?: ReadonlyMap<string, readonly string[]>;
  timeZone: string;
  selectedRef?: string;
  onSelectReference: (id: string) => void;
  onPickBucket: (date: string) => void;
  onWidth?: (width: number) => void;
  /** The chart's measured width, so the first draw is already at the real size (issue 4 §3). */
  initialWidth?: number;
  interval?: Interval;
  /** Editors only: a marker dropped (or moved with ←/→ and Enter) on another bucket is saved there. */
  onRetime?: (reference: Reference, bucket: string, bucketText: string) => void;
  /** Editors only: `r` on the keyboard cursor opens "Add reference here" at that bucket. */
  onAddReference?: (date: string) => void;
}

/** The plot's left edge in SVG pixels: the chart's left margin (0) plus the y axis (56). */
const PLOT_LEFT = 56;
/** The y axis plus the right margin (16): the plot is this much narrower than the chart. */
const PLOT_INSET = 72;

const noVerticalLines = () => [];

/**
 * Memoised: the panel re-renders for popovers, toasts and the picked bucket, and re-rendering 10 lines of
 * ~1,000 points each (Recharts measures every path again) is the costliest thing on the page.
 */
export const TrendChart = memo(function TrendChart({
  type,
  rows,
  series,
  compare,
  clusters,
  referenceTitles,
  timeZone,
  selectedRef,
  onSelectReference,
  onPickBucket,
  onWidth,
  initialWidth = 800,
  interval = 'day',
  onRetime,
  onAddReference,
}: TrendChartProps) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [width, setWidth] = useState(initialWidth);
  const boxRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const byDate = useMemo(() => new Map(rows.map((row) => [row.date, row])), [rows]);
  const dates = useMemo(() => rows.map((row) => row.date), [rows]);
  const axis = useMemo(
    () => ({
      left: PLOT_LEFT,
      width: Math.max(1, width - PLOT_INSET),
      count: rows.length,
      // Recharts draws a category axis as bands when there are bars, as points otherwise.
      band: type === 'bar',
    }),
    [width, rows.length, type],
  );
  const titleLayouts = useMemo(() => {
    const indexOf = new Map(dates.map((date, index) => [date, index]));
    const placed = clusters
      .map((cluster) => ({ date: cluster.date, x: bucketX(indexOf.get(cluster.date) ?? 0, axis) }))
      .sort((a, b) => a.x - b.x);
    const layouts = markerTitleLayouts(
      placed.map((p) => p.x),
      width,
    );
    return new Map(placed.map((p, i) => [p.date, layouts[i]]));
  }, [clusters, dates, axis, width]);
  const retime = useMarkerRetime({ dates, axis, interval, container: boxRef, onRetime });
  const cursor = useChartCursor(
    rows.length,
    onAddReference && ((index) => onAddReference(rows[index]!.date)),
  );
  const cursorRow = cursor.index === null ? undefined : rows[cursor.index];
  // The series elements keep their identity across hover, cursor and marker state, so React skips them.
  const curve = rows.length > DENSE_BUCKETS ? 'linear' : 'monotone';
  const ticks = tickInterval(rows.length, String(rows[0]?.label ?? ''), axis.width);
  const shapes = useBarAreaShapes(type !== 'line');
  const drawnSeries = useMemo(
    () => seriesElements(series, type, compare, curve, shapes),
    [series, type, compare, curve, shapes],
  );

  // Bars and areas wait for their shapes (a few ms, usually prefetched) rather than flash as lines.
  if (type !== 'line' && !shapes) return <div className="h-80 w-full" aria-busy="true" />;
  return (
    <div ref={boxRef} className="w-full text-xs">
      <div
        ref={plotRef}
        role="group"
        tabIndex={0}
        aria-label="Chart plot"
        aria-describedby="chart-cursor-help"
        onKeyDown={cursor.onKeyDown}
        onBlur={cursor.onBlur}
        onClick={(event) => {
          // The same bucket the pointer's tooltip shows; a click on a marker stops before it gets here.
          const at = event.clientX - event.currentTarget.getBoundingClientRect().left;
          const index = bucketAtPointer(at, axis);
          if (index !== null) onPickBucket(rows[index]!.date);
        }}
        className="relative h-80 rounded-md focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none"
      >
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={{ width: initialWidth, height: 320 }}
          onResize={(next) => {
            setWidth(next);
            onWidth?.(Math.max(0, next - 72));
          }}
        >
          <ComposedChart
            data={rows as TrendRow[]}
            margin={{ top: 28, right: 16, bottom: 0, left: 0 }}
            className="cursor-crosshair"
          >
            {/* Horizontal lines only. Recharts places vertical ones by measuring every candidate x label
                without the axis's formatter or interval: ~25 ms of forced layout on a dense chart
                (bench:big-chart), and lines that miss the drawn ticks. The generator skips that work. */}
            <CartesianGrid
              vertical={false}
              verticalCoordinatesGenerator={noVerticalLines}
              strokeDasharray="3 3"
              className="stroke-slate-200 dark:stroke-slate-800"
            />
            {/* Dates, not labels, on the axis: hour labels repeat across days. */}
            <XAxis
              dataKey="date"
              tickFormatter={(date: string) => byDate.get(date)?.label ?? date}
              minTickGap={28}
              interval={ticks}
              stroke="currentColor"
              tickLine={false}
            />
            {/* Every tick of the ~5 Recharts picks: choosing a subset would measure labels (forced layout). */}
            <YAxis
              allowDecimals={false}
              width={56}
              interval={0}
              stroke="currentColor"
              tickLine={false}
            />
            {drawnSeries}
            {clusters.map((cluster) => (
              <ReferenceLine
                key={cluster.date}
                x={cluster.date}
                stroke="#f59e0b"
                strokeDasharray="4 2"
                strokeWidth={cluster.references.some((r) => r.id === selectedRef) ? 2.5 : 1.5}
                // An element, not a render function: Recharts clones it with the viewBox, so the marker
                // stays the same DOM node across re-renders (keyboard focus survives a pending move).
                label={
                  <MarkerLabel
                    cluster={cluster}
                    title={titleLayouts.get(cluster.date) ?? { flip: false, maxChars: 24 }}
                    timeZone={timeZone}
                    hovered={hovered === cluster.date}
                    onHover={(on) => setHovered(on ? cluster.date : null)}
                    onSelect={onSelectReference}
                    retime={retime.retimeFor(cluster)}
                  />
                }
              />
            ))}
            {retime.ghostDate !== undefined && (
              // The ghost: where the marker would land, until the drop or Enter saves it.
              <ReferenceLine
                x={retime.ghostDate}
                stroke="#6366f1"
                strokeDasharray="2 3"
                strokeWidth={2}
                data-testid="reference-ghost"
                ifOverflow="extendDomain"
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
        {cursorRow && cursor.index !== null && (
          <ChartCursorOverlay
            row={cursorRow}
            x={bucketX(cursor.index, axis)}
            chartWidth={width}
            series={series}
            compare={compare}
            hint={onAddReference ? 'Press R to add a reference here' : 'Use ← → to move'}
            testId="chart-cursor"
          />
        )}
        <ChartPointerCursor
          plotRef={plotRef}
          axis={axis}
          rows={rows}
          series={series}
          compare={compare}
          chartWidth={width}
          hint={onAddReference ? 'Click to add a reference here' : undefined}
          suppressed={cursor.index !== null || retime.ghostDate !== undefined || hovered !== null}
        />
      </div>
      <p aria-live="polite" data-testid="cursor-announcement" className="sr-only">
        {cursorRow
          ? cursorAnnouncement({
              row: cursorRow,
              series,
              compare,
              interval,
              referenceTitles: referenceTitles?.get(cursorRow.date) ?? [],
            })
          : ''}
      </p>
      <p id="chart-cursor-help" className="sr-only">
        Use the left and right arrow keys to move between buckets, Home and End to jump to the ends
        {onAddReference ? ', and R to add a reference at the selected bucket' : ''}.
      </p>
      {onRetime && (
        <p id="marker-retime-help" className="sr-only">
          Drag the marker, or press the left and right arrow keys, to move this reference to another
          bucket. Enter saves, Escape cancels.
        </p>
      )}
      {retime.announcement && (
        <p aria-hidden="true" className="text-xs text-slate-500 dark:text-slate-400">
          Drop or press Enter to save, Esc to cancel.
        </p>
      )}
      <p
        aria-live="polite"
        data-testid="retime-announcement"
        className={`mt-1 min-h-4 text-xs font-medium text-indigo-700 dark:text-indigo-300 ${retime.announcement ? '' : 'sr-only'}`}
      >
        {retime.announcement}
      </p>
    </div>
  );
});
