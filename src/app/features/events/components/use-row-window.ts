import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** The slice of rows to render and the blank space above and below it. */
export interface RowWindow {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
}

/**
 * Which rows of a fixed-row-height list are in view of a scroll container (plus `overscan` rows either
 * side). Pages hold up to 1,000 rows: rendering only the visible ones keeps scrolling smooth.
 */
export function rowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan: number,
): RowWindow {
  // jsdom (and the first paint) report no height: render a first screenful rather than nothing.
  const visible = viewport > 0 ? Math.ceil(viewport / rowHeight) : 30;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.floor(scrollTop / rowHeight) + visible + overscan);
  const start = Math.min(first, end);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

/** Tracks the container's scroll and size; returns the current window and a scroll-into-view helper. */
export function useRowWindow(
  container: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  headerHeight: number,
  overscan = 8,
): { window: RowWindow; scrollToRow: (index: number) => void } {
  const [view, setView] = useState({ top: 0, height: 0 });
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const update = () =>
      setView({
        top: Math.max(0, el.scrollTop - headerHeight),
        height: el.clientHeight,
      });
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [container, headerHeight]);

  const scrollToRow = (index: number) => {
    const el = container.current;
    // jsdom has no element scrolling.
    if (!el || typeof el.scrollTo !== 'function') return;
    const top = headerHeight + index * rowHeight;
    if (top < el.scrollTop + headerHeight) el.scrollTo({ top: top - headerHeight });
    else if (top + rowHeight > el.scrollTop + el.clientHeight)
      el.scrollTo({ top: top + rowHeight - el.clientHeight });
  };

  return { window: rowWindow(count, rowHeight, view.top, view.height, overscan), scrollToRow };
}
