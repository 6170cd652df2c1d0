import type { ChartLabel, SeriesRow } from './series-query.ts';

export interface GroupedPoint {
  date: string;
  count: number | null;
  totalCount: number | undefined;
}

export interface GroupedSeries {
  /** `[eventName, …non-empty breakdown values]`. */
  name: (string | number)[];
  data: GroupedPoint[];
}

/**
 * The server's grouping of one definition's rows into series (shared/openpanel-api.md §5.3, §5.5):
 * - the labels of a row are its label columns with every EMPTY value ('' / null / 0) removed, so the
 *   remaining values move left, and rows whose remaining labels are equal share one series;
 * - every series gets a point for every date seen in the result — the filled buckets included — in
 *   ascending order, 0 where it has no row (when two rows of one series share a date, the first wins);
 * - filled rows carry no labels at all and never form a series of their own, so a definition without
 *   matching events yields nothing.
 */
export function groupByLabels(rows: SeriesRow[], filledDates: string[]): GroupedSeries[] {
  const dates = [...new Set([...filledDates, ...rows.map((r) => r.date)])].sort();
  const groups = new Map<
    string,
    { name: (string | number)[]; byDate: Map<string, GroupedPoint> }
  >();
  for (const row of rows) {
    const name = row.labels.filter((l: ChartLabel): l is string | number => !!l);
    if (name.length === 0) continue;
    const key = name.join(':::');
    let group = groups.get(key);
    if (!group) {
      group = { name, byDate: new Map() };
      groups.set(key, group);
    }
    if (!group.byDate.has(row.date)) {
      group.byDate.set(row.date, { date: row.date, count: row.count, totalCount: row.totalCount });
    }
  }
  return [...groups.values()].map((group) => ({
    name: group.name,
    data: dates.map((date) => group.byDate.get(date) ?? { date, count: 0, totalCount: 0 }),
  }));
}
