/**
 * A chart answer shaped like the upstream's (shared/openpanel-api.md §5.6) for the big-chart bench:
 * `seriesCount` series × `hours` hourly buckets from 2025-08-22 00:00:00 (wall clock, DST ignored: the
 * page draws the dates it is given). Values are a deterministic daily wave, different per series, so the
 * lines are not flat and downsampling has real peaks to keep.
 */
import type { ChartsResponse } from '../src/contract/openpanel-charts.ts';

const START_MS = Date.UTC(2025, 7, 22);

/** `yyyy-MM-dd HH:mm:ss`, the hour buckets' date format (§5.3). */
const wallClock = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

export function syntheticHourlyChart(seriesCount: number, hours: number): ChartsResponse {
  const dates = Array.from({ length: hours }, (_, h) => wallClock(START_MS + h * 3_600_000));
  const series = Array.from({ length: seriesCount }, (_, s) => {
    const counts = dates.map((_, h) =>
      Math.round((s + 1) * (50 + 40 * Math.sin((h / 24) * 2 * Math.PI) + (h % 7))),
    );
    const sum = counts.reduce((a, b) => a + b, 0);
    const name = `event_${s}`;
    const letter = String.fromCharCode(65 + s);
    return {
      // §5.6: slug("<slug(event)>-<A…>-<names>"), the slug dropping underscores.
      id: `event${s}-${letter.toLowerCase()}-event${s}`,
      // §5.6: with two or more series definitions the event name gets its letter, `(A) `, `(B) `, ….
      names: [`(${letter}) ${name}`],
      event: { id: letter, name },
      metrics: {
        sum,
        average: Math.round((sum / hours) * 100) / 100,
        min: Math.min(...counts),
        max: Math.max(...counts),
      },
      data: dates.map((date, h) => ({ date, count: counts[h]! })),
    };
  });
  // §5.6: series come sorted by sum, largest first.
  series.sort((a, b) => b.metrics.sum - a.metrics.sum);
  // §5.6: the top-level metrics are over every point of every series (no bucket is 0 here).
  const all = series.flatMap((s) => s.data.map((point) => point.count));
  const total = all.reduce((a, b) => a + b, 0);
  return {
    series,
    metrics: {
      sum: total,
      average: Math.round((total / all.length) * 100) / 100,
      min: Math.min(...all),
      max: Math.max(...all),
    },
  };
}
