/** How a reference marker's title is drawn beside its badge (marker-label.tsx). */
export interface MarkerTitleLayout {
  /** Left of the line instead of right: near the chart's right edge. */
  flip: boolean;
  /** Characters of the title that fit before the neighbouring marker; 0 draws the badge alone. */
  maxChars: number;
}

/** Near the right edge a title runs left of its line instead of off the chart. */
const FLIP_MARGIN = 140;
/** The title starts this far from the line, past the badge (radius 8). */
const TITLE_OFFSET = 12;
/** Half a badge and a little air: a title stops this far before the next marker's line. */
const BADGE_CLEARANCE = 12;
/** Average advance of an 11 px sans-serif character. */
const CHAR_PX = 6;
const MAX_CHARS = 24;
/** Fewer characters than this say nothing: the badge (and its hover card) alone is clearer. */
export const MIN_TITLE_CHARS = 6;

/**
 * Titles that fit between markers, for markers at `xs` (SVG pixels, ascending). Each title gets the
 * room up to the neighbour it runs towards; when two titles run towards each other they split the gap.
 * Without this, two references a few buckets apart print their titles over each other.
 */
export function markerTitleLayouts(xs: readonly number[], chartWidth: number): MarkerTitleLayout[] {
  const flips = xs.map((x) => x > chartWidth - FLIP_MARGIN);
  return xs.map((x, i) => {
    const flip = flips[i] === true;
    let limit: number;
    if (flip) {
      const previous = xs[i - 1];
      if (previous === undefined) limit = 0;
      else limit = flips[i - 1] ? previous + BADGE_CLEARANCE : (previous + x) / 2;
    } else {
      const next = xs[i + 1];
      if (next === undefined) limit = chartWidth;
      else limit = flips[i + 1] ? (x + next) / 2 : next - BADGE_CLEARANCE;
    }
    const room = Math.abs(limit - x) - TITLE_OFFSET;
    const chars = Math.min(MAX_CHARS, Math.floor(room / CHAR_PX));
    return { flip, maxChars: chars >= MIN_TITLE_CHARS ? chars : 0 };
  });
}
