import type { Reference } from '../../../contract/bff-api.ts';

export interface ReferenceBucketInput {
  /** The chart bucket (x value) the references fall in. */
  date: string;
  references: readonly Reference[];
}

export interface MarkerCluster {
  /** Where the cluster's marker is drawn: its first bucket. */
  date: string;
  references: Reference[];
}

/**
 * Merges reference buckets whose markers would be drawn closer than `minGapPx`, so nearby markers become
 * one marker with a count instead of a smear of overlapping lines and titles. The x axis is a category
 * axis with evenly spaced buckets, so the distance between two buckets is their index gap × the width of
 * one bucket.
 */
export function markerClusters(
  buckets: readonly ReferenceBucketInput[],
  bucketDates: readonly string[],
  plotWidthPx: number,
  minGapPx = 14,
): MarkerCluster[] {
  const indexOf = new Map(bucketDates.map((date, index) => [date, index]));
  const pxPerBucket = bucketDates.length > 1 ? plotWidthPx / (bucketDates.length - 1) : plotWidthPx;
  const placed = buckets
    .filter((bucket) => indexOf.has(bucket.date))
    .map((bucket) => ({ ...bucket, index: indexOf.get(bucket.date) ?? 0 }))
    .sort((a, b) => a.index - b.index);

  const clusters: (MarkerCluster & { index: number })[] = [];
  for (const bucket of placed) {
    const last = clusters.at(-1);
    if (last && (bucket.index - last.index) * pxPerBucket < minGapPx) {
      last.references.push(...bucket.references);
    } else {
      clusters.push({ date: bucket.date, index: bucket.index, references: [...bucket.references] });
    }
  }
  return clusters.map(({ date, references }) => ({ date, references }));
}
