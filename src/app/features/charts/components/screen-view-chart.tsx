import { useQuery } from '@tanstack/react-query';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Reference } from '../../../../contract/bff-api.ts';
import { ApiError } from '../../../api/api-fetch.ts';
import { chartQuery } from '../api/chart-query.ts';
import type { ChartParams } from '../api/chart-query.ts';
import { referencesInBuckets } from '../references-in-buckets.ts';

/** Screen views per day over the last 30 days (§5.2: `30d` spans 31 filled day buckets). */
export const screenViewChartParams: ChartParams = {
  series: JSON.stringify([{ name: 'screen_view' }]),
  range: '30d',
  interval: 'day',
};

interface ScreenViewChartProps {
  projectId: string;
  timeZone: string;
  references: readonly Reference[];
}

/** `2026-11-04 00:00:00` → `Nov 4` without going through Date (the string is org wall-clock time). */
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function dayLabel(date: string): string {
  const month = months[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
  return `${month} ${Number(date.slice(8, 10))}`;
}

export function ScreenViewChart({ projectId, timeZone, references }: ScreenViewChartProps) {
  const chart = useQuery(chartQuery(projectId, screenViewChartParams));

  if (chart.isPending) {
    return (
      <div
        aria-label="Loading chart"
        className="h-72 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800"
      />
    );
  }
  if (chart.isError) {
    const message =
      chart.error instanceof ApiError ? chart.error.message : 'The chart failed to load.';
    return (
      <div role="alert" className="flex h-72 flex-col items-center justify-center gap-3 text-sm">
        <p className="text-red-700 dark:text-red-300">{message}</p>
        <button
          type="button"
          onClick={() => void chart.refetch()}
          className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Retry
        </button>
      </div>
    );
  }

  const series = chart.data.series[0];
  // §5.3: a series without any matching event is left out entirely, so "no series" means "no data".
  if (!series) {
    return (
      <p className="flex h-72 items-center justify-center text-sm text-slate-500">
        No screen views in the last 30 days.
      </p>
    );
  }
  const points = series.data.map((point) => ({ date: point.date, count: point.count ?? 0 }));
  const markers = referencesInBuckets(
    references,
    points.map((point) => point.date),
    'day',
    timeZone,
  );

  return (
    <figure>
      <figcaption className="sr-only">
        Screen views per day, {series.metrics.sum} in total, with {markers.length} reference
        markers.
      </figcaption>
      <div className="h-72 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 24, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid
              strokeDasharray="3 3"
              className="stroke-slate-200 dark:stroke-slate-800"
            />
            <XAxis dataKey="date" tickFormatter={dayLabel} minTickGap={24} stroke="currentColor" />
            <YAxis allowDecimals={false} width={48} stroke="currentColor" />
            <Tooltip
              labelFormatter={(label) => dayLabel(String(label))}
              contentStyle={{ borderRadius: 8 }}
              labelStyle={{ color: '#0f172a' }}
            />
            {markers.map((marker, index) => (
              // A short number on the line, the titles in the legend below: long titles on nearby
              // markers would overlap on a narrow screen.
              <ReferenceLine
                key={marker.date}
                x={marker.date}
                stroke="#f59e0b"
                strokeDasharray="4 2"
                label={{ value: index + 1, position: 'top', fill: '#d97706', fontSize: 11 }}
              />
            ))}
            <Line
              type="monotone"
              dataKey="count"
              name="Screen views"
              stroke="#6366f1"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {markers.length > 0 && (
        <ol aria-label="References" className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {markers.map((marker, index) => (
            <li key={marker.date} className="flex items-center gap-1.5">
              <span className="flex size-4 items-center justify-center rounded-full bg-amber-100 font-semibold text-amber-800 dark:bg-amber-900/60 dark:text-amber-200">
                {index + 1}
              </span>
              <span className="text-slate-500 dark:text-slate-400">{dayLabel(marker.date)}</span>
              <span>{marker.references.map((reference) => reference.title).join(', ')}</span>
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
