import type { Interval } from '../../../contract/openpanel-common.ts';
import { wallClockInstant } from './wall-clock-instant.ts';

/**
 * Where the chart's buckets sit on screen. Recharts spreads a category x axis evenly over the plot: as a
 * "point" scale (first bucket on the left edge, last on the right) for line and area charts, and as a
 * "band" scale (each bucket in the middle of its own slot) when bars are drawn.
 */
export interface BucketAxis {
  /** Left edge of the plot area, in the chart's SVG pixels. */
  left: number;
  /** Width of the plot area in pixels. */
  width: number;
  /** How many buckets the axis shows. */
  count: number;
  band: boolean;
}

/** The x (SVG pixels) of bucket `index`. */
export function bucketX(index: number, axis: BucketAxis): number {
  if (axis.band) return axis.left + ((index + 0.5) * axis.width) / Math.max(1, axis.count);
  if (axis.count <= 1) return axis.left + axis.width / 2;
  return axis.left + (index * axis.width) / (axis.count - 1);
}

/** The bucket nearest to pointer position `x`: drags snap to bucket boundaries, never between them. */
export function bucketIndexAtX(x: number, axis: BucketAxis): number {
  if (axis.count <= 1) return 0;
  const raw = axis.band
    ? ((x - axis.left) * axis.count) / axis.width - 0.5
    : ((x - axis.left) * (axis.count - 1)) / axis.width;
  return clampIndex(Math.round(raw), axis.count);
}

/** How far outside the first and last bucket (in px) a pointer still reads the nearest one. */
const POINTER_SLACK = 8;

/**
 * The bucket under a pointer `x` px from the chart's left edge (hover and click), or null when the pointer
 * is off the plot: over the y axis or in the right margin.
 */
export function bucketAtPointer(x: number, axis: BucketAxis): number | null {
  if (axis.count === 0) return null;
  if (x < axis.left - POINTER_SLACK || x > axis.left + axis.width + POINTER_SLACK) return null;
  return bucketIndexAtX(x, axis);
}

/** `index + delta`, kept on the axis (arrow keys stop at the first and last bucket). */
export function stepBucket(index: number, delta: number, count: number): number {
  return clampIndex(index + delta, count);
}

function clampIndex(index: number, count: number): number {
  return Math.min(Math.max(index, 0), Math.max(0, count - 1));
}

/**
 * The UTC instant a reference moved to `bucket` is saved at: the bucket's START. Buckets are wall-clock
 * times in the ORGANIZATION's zone (§5.3), so `2026-11-12 00:00:00` in Europe/Stockholm is
 * `2026-11-11T23:00:00.000Z`, and across a DST change the offset of that very hour is used.
 */
export function bucketStartInstant(bucket: string, timeZone: string): string | null {
  return wallClockInstant(bucket, timeZone);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12 Nov 2026` (or `12 Nov 2026, 14:00` for hour and minute buckets), read from the wall-clock text. */
export function bucketDateText(bucket: string, interval: Interval): string {
  const month = MONTHS[Number(bucket.slice(5, 7)) - 1] ?? bucket.slice(5, 7);
  const day = `${Number(bucket.slice(8, 10))} ${month} ${bucket.slice(0, 4)}`;
  return interval === 'hour' || interval === 'minute' ? `${day}, ${bucket.slice(11, 16)}` : day;
}

/** What a screen reader hears while a marker is being moved: `Launch v2 → 12 Nov 2026`. */
export function retimeAnnouncement(title: string, bucket: string, interval: Interval): string {
  return `${title} → ${bucketDateText(bucket, interval)}`;
}
