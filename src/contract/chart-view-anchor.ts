import * as z from 'zod/mini';
import { referenceIdSchema } from './bff-api.ts';
import { shown } from './chart-view-series.ts';

/**
 * A chart window anchored on timeline references (issue 5 §4), kept in the link BY ID so a shared link
 * follows a reference that is later moved:
 *
 *   anchor=<idA>          "since A": from A's day (org zone) to today
 *   anchor=<idA>..<idB>   "from A to B": A's day to B's day, both inclusive (swapped if reversed)
 *
 * `..` cannot occur in a UUID, so the two ids split unambiguously. The ids become days only where the
 * references are known (chart-view-anchor-window.ts).
 */
export const chartViewAnchorSchema = z.object({
  from: referenceIdSchema,
  /** Absent: the window runs to today. */
  to: z.optional(referenceIdSchema),
});
export type ChartViewAnchor = z.infer<typeof chartViewAnchorSchema>;

const SEPARATOR = '..';

/** The link spelling of an anchor: `<idA>` or `<idA>..<idB>`. */
export function anchorParam(anchor: ChartViewAnchor): string {
  return anchor.to === undefined ? anchor.from : `${anchor.from}${SEPARATOR}${anchor.to}`;
}

/** Tolerant read of the `anchor` key: a bad value is dropped whole, with a notice. */
export function readChartAnchor(raw: unknown, notices: string[]): ChartViewAnchor | undefined {
  if (typeof raw === 'string') {
    const parts = raw.split(SEPARATOR);
    const parsed = chartViewAnchorSchema.safeParse(
      parts.length === 1
        ? { from: parts[0] }
        : parts.length === 2
          ? { from: parts[0], to: parts[1] }
          : null,
    );
    if (parsed.success) return parsed.data;
  }
  notices.push(
    `Ignored the reference anchor “${shown(raw)}” (expected a reference id or two joined by ..)`,
  );
  return undefined;
}
