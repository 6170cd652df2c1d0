import type { ChartSeries } from '../../../../contract/openpanel-charts.ts';
import type { Interval } from '../../../../contract/openpanel-common.ts';
import { bucketLabel } from './bucket-label.ts';
import { signedChange } from './previous-change.ts';

/**
 * One Recharts row per bucket: `date` (the upstream's wall-clock string), a readable `label`, and per shown
 * series `[id]` (its count), `[id + ':prev']` (the previous period's value) and `[id + ':change']` (the
 * signed change in %, see previous-change.ts) when the upstream sent a previous value.
 */
export type ChartRow = { date: string; label: string } & Record<string, string | number | null>;

export interface ChartSeriesMeta {
  /** The upstream series id (§5.6), also the row key and what `hidden` in the URL holds. */
  id: string;
  /** The upstream's `names`, untouched (`["(A) screen_view", "SE"]`). */
  names: (string | number)[];
  /** For people: `screen_view · SE`; the `(A) ` prefix stays only when two definitions share an event. */
  label: string;
  /** Position in the full sorted list, so a series keeps its color when paging through the top N. */
  colorIndex: number;
  hidden: boolean;
  /** Whether any bucket carries a previous-period value. */
  hasPrevious: boolean;
}

export interface ChartRows {
  rows: ChartRow[];
  series: ChartSeriesMeta[];
  /** How many series the answer has in all. */
  total: number;
  /** Whether series beyond `offset + limit` exist ("show more"). */
  hasMore: boolean;
}

export interface ChartRowsOptions {
  interval: Interval;
  limit: number;
  offset: number;
  hidden: readonly string[];
}

const PREFIX = /^\([A-Z]+\) /;

function seriesLabel(series: ChartSeries, sharedEventNames: ReadonlySet<string>): string {
  const [first = series.event.name, ...values] = series.names.map(String);
  let event = sharedEventNames.has(series.event.name) ? first : first.replace(PREFIX, '');
  if (event === '*') event = 'All events';
  return [event, ...values].join(' · ');
}

/**
 * Upstream series (already sorted by sum, descending, §5.6) → the top-N page of them as rows and metadata.
 * `chartType`, `limit` and `offset` are stripped upstream (§5.1), so the page is cut here. Rows cover every
 * date any shown series has, in order, because two series definitions can differ in their dates (§5.3); a
 * series without a point on a date gets null there (no value, rather than a made-up 0).
 */
export function chartRows(series: readonly ChartSeries[], options: ChartRowsOptions): ChartRows {
  const start = Math.max(0, options.offset);
  const shown = series.slice(start, start + options.limit);
  const definitions = new Map<string, string>();
  for (const s of series) definitions.set(s.event.id, s.event.name);
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const name of definitions.values()) (seen.has(name) ? shared : seen).add(name);

  const dates = [...new Set(shown.flatMap((s) => s.data.map((point) => point.date)))].sort();
  const withYear =
    dates.length > 0 && dates[0]!.slice(0, 4) !== dates[dates.length - 1]!.slice(0, 4);
  const rows: ChartRow[] = dates.map((date) => ({
    date,
    label: bucketLabel(date, options.interval, withYear),
  }));
  const rowAt = new Map(rows.map((row) => [row.date, row]));

  const meta = shown.map((s, index): ChartSeriesMeta => {
    for (const row of rows) row[s.id] = null;
    let hasPrevious = false;
    for (const point of s.data) {
      const row = rowAt.get(point.date)!;
      row[s.id] = point.count;
      if (point.previous) {
        hasPrevious = true;
        row[`${s.id}:prev`] = point.previous.value;
        row[`${s.id}:change`] = signedChange(point.count, point.previous.value);
      }
    }
    return {
      id: s.id,
      names: s.names,
      label: seriesLabel(s, shared),
      colorIndex: start + index,
      hidden: options.hidden.includes(s.id),
      hasPrevious,
    };
  });
  return {
    rows,
    series: meta,
    total: series.length,
    hasMore: start + options.limit < series.length,
  };
}
