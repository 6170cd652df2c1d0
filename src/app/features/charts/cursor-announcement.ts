import type { Interval } from '../../../contract/openpanel-common.ts';
import { formatChange, formatNumber } from './components/chart-tooltip.tsx';
import { bucketDateText } from './marker-drag.ts';

/** What the announcement needs of a series: its row key and how people call it. */
export interface AnnouncedSeries {
  key: string;
  label: string;
}

/**
 * What a screen reader hears when the keyboard chart cursor lands on a bucket (issue 8 §1):
 * `12 Nov 2026: screen_view 1,204 (previous 1,100, +9.5 %); reference: Launch v2`.
 * The bucket is read from its wall-clock text (never through `Date`, which would shift it into the
 * browser's zone), every visible series is named with its value, the previous period and the SIGNED change
 * are added when compare is on (the upstream's `diff` is unsigned, §5.7, so the row's precomputed
 * `:change` is used), and references in the bucket come last.
 */
export function cursorAnnouncement(options: {
  row: { date: string } & Record<string, unknown>;
  series: readonly AnnouncedSeries[];
  compare: boolean;
  interval: Interval;
  referenceTitles: readonly string[];
}): string {
  const { row, series, compare, interval, referenceTitles } = options;
  const values = series.map((s) => {
    const value = row[s.key];
    const now = `${s.label} ${typeof value === 'number' ? formatNumber(value) : 'no value'}`;
    if (!compare) return now;
    const previous = row[`${s.key}:prev`];
    if (typeof previous !== 'number') return `${now} (no previous value)`;
    const change = row[`${s.key}:change`];
    // A previous value of 0 has no meaningful percentage (previous-change.ts): say only the value then.
    const changeText = typeof change === 'number' ? `, ${formatChange(change)}` : '';
    return `${now} (previous ${formatNumber(previous)}${changeText})`;
  });
  const parts = [
    `${bucketDateText(row.date, interval)}: ${values.join(', ') || 'no series shown'}`,
  ];
  if (referenceTitles.length > 0) {
    parts.push(
      `${referenceTitles.length === 1 ? 'reference' : 'references'}: ${referenceTitles.join(', ')}`,
    );
  }
  return parts.join('; ');
}
