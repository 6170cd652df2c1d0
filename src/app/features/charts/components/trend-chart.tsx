import { useRef, useState } from 'react';
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Reference } from '../../../../contract/bff-api.ts';
import type { Interval } from '../../../../contract/openpanel-common.ts';
import type { MarkerCluster } from '../marker-clusters.ts';
import { useMarkerRetime } from '../use-marker-retime.ts';
import { ChartTooltip } from './chart-tooltip.tsx';
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
  timeZone: string;
  selectedRef?: string;
  onSelectReference: (id: string) => void;
  onPickBucket: (date: string) => void;
  onWidth?: (width: number) => void;
  interval?: Interval;
  /** Editors only: a marker dropped (or moved with ←/→ and Enter) on another bucket is saved there. */
  onRetime?: (reference: Reference, bucket: string, bucketText: string) => void;
}

/** The plot's left edge in SVG pixels: the chart's left margin (0) plus the y axis (56). */
const PLOT_LEFT = 56;
/** The y axis plus the right margin (16): the plot is this much narrower than the chart. */
const PLOT_INSET = 72;

const valueOf = (key: string) => (row: TrendRow) => {
  // A function, not a string dataKey: Recharts reads strings as lodash paths, and series ids can hold dots.
  const value = row[key];
  return typeof value === 'number' ? value : null;
};

export function TrendChart({
  type,
  rows,
  series,
  compare,
  clusters,
  timeZone,
  selectedRef,
  onSelectReference,
  onPickBucket,
  onWidth,
  interval = 'day',
  onRetime,
}: TrendChartProps) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [width, setWidth] = useState(800);
  const boxRef = useRef<HTMLDivElement>(null);
  const labels = new Map(rows.map((row) => [row.date, row.label]));
  const retime = useMarkerRetime({
    dates: rows.map((row) => row.date),
    axis: {
      left: PLOT_LEFT,
      width: Math.max(1, width - PLOT_INSET),
      count: rows.length,
      // Recharts draws a category axis as bands when there are bars, as points otherwise.
      band: type === 'bar',
    },
    interval,
    container: boxRef,
    onRetime,
  });

  return (
    <div ref={boxRef} className="w-full text-xs">
      <div className="h-80">
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={{ width: 800, height: 320 }}
          onResize={(next) => {
            setWidth(next);
            onWidth?.(Math.max(0, next - 72));
          }}
        >
          <ComposedChart
            data={rows as TrendRow[]}
            margin={{ top: 28, right: 16, bottom: 0, left: 0 }}
            onClick={(state) => {
              // The x axis is keyed by date, so the active label is the bucket's wall-clock date.
              if (typeof state.activeLabel === 'string') onPickBucket(state.activeLabel);
            }}
            className="cursor-crosshair"
          >
            <CartesianGrid
              strokeDasharray="3 3"
              className="stroke-slate-200 dark:stroke-slate-800"
            />
            {/* Dates, not labels, on the axis: hour labels repeat across days. */}
            <XAxis
              dataKey="date"
              tickFormatter={(date: string) => labels.get(date) ?? date}
              minTickGap={28}
              stroke="currentColor"
              tickLine={false}
            />
            <YAxis allowDecimals={false} width={56} stroke="currentColor" tickLine={false} />
            <Tooltip
              content={(props) => (
                <ChartTooltip
                  active={props.active}
                  row={
                    props.active && typeof props.label === 'string'
                      ? rows.find((row) => row.date === props.label)
                      : undefined
                  }
                  series={series}
                  compare={compare}
                />
              )}
              isAnimationActive={false}
            />
            {series.flatMap((s) => {
              const common = { name: s.label, isAnimationActive: false } as const;
              const main =
                type === 'bar' ? (
                  <Bar key={s.key} dataKey={valueOf(s.key)} fill={s.color} {...common} />
                ) : type === 'area' ? (
                  <Area
                    key={s.key}
                    type="monotone"
                    dataKey={valueOf(s.key)}
                    stroke={s.color}
                    fill={s.color}
                    fillOpacity={0.15}
                    strokeWidth={2}
                    {...common}
                  />
                ) : (
                  <Line
                    key={s.key}
                    type="monotone"
                    dataKey={valueOf(s.key)}
                    stroke={s.color}
                    strokeWidth={2}
                    dot={false}
                    {...common}
                  />
                );
              // The previous period is always a dashed line, whatever the chart type, so it never hides the bars.
              const previous = compare ? (
                <Line
                  key={`${s.key}:prev`}
                  type="monotone"
                  dataKey={valueOf(`${s.key}:prev`)}
                  stroke={s.color}
                  strokeOpacity={0.6}
                  strokeDasharray="5 4"
                  strokeWidth={1.5}
                  dot={false}
                  name={`${s.label} (previous)`}
                  isAnimationActive={false}
                />
              ) : null;
              return previous ? [main, previous] : [main];
            })}
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
                    chartWidth={width}
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
      </div>
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
}
