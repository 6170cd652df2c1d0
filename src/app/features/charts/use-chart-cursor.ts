import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { stepBucket } from './marker-drag.ts';

export interface ChartCursor {
  /** The bucket (index into the drawn rows) the keyboard cursor is on; null while it is hidden. */
  index: number | null;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onBlur: () => void;
}

/**
 * The keyboard cursor of the chart's plot region (issue 8 §1): ←/→ move one bucket, Home/End jump to the
 * ends, `r` asks to add a reference at the cursor. Only keys pressed on the plot region itself count:
 * reference markers inside it are separate focus stops with their own ←/→ (re-timing, use-marker-retime.ts),
 * and their key presses bubble up to here.
 */
export function useChartCursor(count: number, onAdd?: (index: number) => void): ChartCursor {
  const [cursor, setCursor] = useState<number | null>(null);
  // The rows can change under the cursor (a refetch, a resize): keep it on the axis.
  const index = cursor === null || count === 0 ? null : Math.min(cursor, count - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || count === 0) return;
    let next: number | null = null;
    // The first arrow press enters from the side it points away from: → starts at the first bucket.
    if (event.key === 'ArrowRight') next = index === null ? 0 : stepBucket(index, 1, count);
    else if (event.key === 'ArrowLeft')
      next = index === null ? count - 1 : stepBucket(index, -1, count);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if ((event.key === 'r' || event.key === 'R') && onAdd && index !== null) {
      event.preventDefault();
      onAdd(index);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    setCursor(next);
  };
  return { index, onKeyDown, onBlur: () => setCursor(null) };
}
