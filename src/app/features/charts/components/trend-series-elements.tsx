import { Line } from 'recharts';
import type { TooltipSeries } from './chart-tooltip.tsx';
import type { BarAreaShapes } from './on-demand-chart-code.tsx';
import type { TrendChartType, TrendRow } from './trend-chart.tsx';

const valueOf = (key: string) => (row: TrendRow) => {
  // A function, not a string dataKey: Recharts reads strings as lodash paths, and series ids can hold dots.
  const value = row[key];
  return typeof value === 'number' ? value : null;
};

/**
 * One element per series (and a dashed previous-period line with compare), for `useMemo`. Bars and
 * areas need `shapes` (loaded on demand); the caller waits for them before drawing those types.
 */
export function seriesElements(
  series: readonly TooltipSeries[],
  type: TrendChartType,
  compare: boolean,
  curve: 'linear' | 'monotone',
  shapes: BarAreaShapes | null,
) {
  const { Bar, Area } = shapes ?? {};
  return series.flatMap((s) => {
    const main =
      type === 'bar' && Bar ? (
        <Bar
          key={s.key}
          dataKey={valueOf(s.key)}
          fill={s.color}
          name={s.label}
          isAnimationActive={false}
        />
      ) : type === 'area' && Area ? (
        <Area
          key={s.key}
          type={curve}
          dataKey={valueOf(s.key)}
          stroke={s.color}
          fill={s.color}
          fillOpacity={0.15}
          strokeWidth={2}
          name={s.label}
          isAnimationActive={false}
        />
      ) : (
        <Line
          key={s.key}
          type={curve}
          dataKey={valueOf(s.key)}
          stroke={s.color}
          strokeWidth={2}
          dot={false}
          name={s.label}
          isAnimationActive={false}
        />
      );
    // The previous period is always a dashed line, whatever the chart type, so it never hides the bars.
    const previous = compare ? (
      <Line
        key={`${s.key}:prev`}
        type={curve}
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
  });
}
