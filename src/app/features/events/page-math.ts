/** What the pager shows for one loaded page. */
export interface PageWindow {
  /** `ceil(total / size)`, 0 when nothing matches (as the upstream's `meta.pages`, §4.2). */
  pages: number;
  /** 1-based rank of the first and last row on this page; both 0 on an empty page. */
  first: number;
  last: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** The page asked for lies beyond the last page (a stale or hand-edited link). */
  pastEnd: boolean;
}

/** Page math from the page asked for, its size, the matching total and how many rows came back. */
export function pageWindow(total: number, page: number, size: number, count: number): PageWindow {
  const pages = Math.ceil(total / size);
  const first = count > 0 ? (page - 1) * size + 1 : 0;
  return {
    pages,
    first,
    last: count > 0 ? first + count - 1 : 0,
    hasPrevious: page > 1,
    hasNext: page < pages,
    pastEnd: pages > 0 && page > pages,
  };
}

/** A page typed into "jump to": a whole number clamped into 1..pages, or null when it is not a number. */
export function jumpTarget(input: string, pages: number): number | null {
  const n = Number(input.trim());
  if (input.trim() === '' || !Number.isFinite(n)) return null;
  return Math.min(Math.max(1, Math.trunc(n)), Math.max(1, pages));
}
