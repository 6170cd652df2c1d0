import type { ChartSeries } from '../../../../contract/openpanel-charts.ts';

export interface BucketColumns {
  /** Every bucket date any of the series has, ascending (§5.3: definitions can differ in their dates). */
  dates: string[];
  /**
   * Per series id its counts, and per `id:prev` its previous-period values (only for series that carry
   * any), aligned with `dates`; NaN where the series has no number for that bucket.
   */
  values: Map<string, Float64Array>;
  /** True when every series has exactly `dates`, in order: bucket `i` is then `data[i]` of each. */
  aligned: boolean;
}

/**
 * The upstream series as typed columns, one pass over the points: what the downsampler reads to choose
 * the buckets worth drawing BEFORE any per-bucket row object exists. A 12-month hourly chart of 10 series
 * is 87,600 points, and objects with 20+ dynamic keys each are slow to build and to read (issue 4 §3).
 */
export function bucketColumns(series: readonly ChartSeries[]): BucketColumns {
  const shared = sharedDates(series);
  const dates = shared ?? unionDates(series);
  const indexOf = shared ? undefined : new Map(dates.map((date, i) => [date, i]));
  const values = new Map<string, Float64Array>();
  for (const s of series) {
    const counts = new Float64Array(dates.length).fill(Number.NaN);
    let previous: Float64Array | undefined;
    s.data.forEach((point, i) => {
      const at = indexOf ? indexOf.get(point.date)! : i;
      if (point.count !== null) counts[at] = point.count;
      if (point.previous) {
        previous ??= new Float64Array(dates.length).fill(Number.NaN);
        previous[at] = point.previous.value;
      }
    });
    values.set(s.id, counts);
    if (previous) values.set(`${s.id}:prev`, previous);
  }
  return { dates, values, aligned: shared !== undefined };
}

/** The common case: every series has the very same buckets in order, so no set or sort is needed. */
function sharedDates(series: readonly ChartSeries[]): string[] | undefined {
  const [first] = series;
  if (!first) return [];
  const dates = first.data.map((point) => point.date);
  for (let i = 1; i < dates.length; i += 1) if (!(dates[i - 1]! < dates[i]!)) return undefined;
  for (const s of series) {
    if (s.data.length !== dates.length) return undefined;
    for (let i = 0; i < dates.length; i += 1) if (s.data[i]!.date !== dates[i]) return undefined;
  }
  return dates;
}

function unionDates(series: readonly ChartSeries[]): string[] {
  return [...new Set(series.flatMap((s) => s.data.map((point) => point.date)))].sort();
}
