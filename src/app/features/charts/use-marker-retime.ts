import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Reference } from '../../../contract/bff-api.ts';
import type { Interval } from '../../../contract/openpanel-common.ts';
import type { MarkerRetime } from './components/marker-label.tsx';
import type { MarkerCluster } from './marker-clusters.ts';
import { bucketDateText, bucketIndexAtX, retimeAnnouncement, stepBucket } from './marker-drag.ts';
import type { BucketAxis } from './marker-drag.ts';

/** A press that moves less than this is a click (opens the popover), not a drag. */
const DRAG_THRESHOLD_PX = 4;

interface PendingMove {
  reference: Reference;
  /** The bucket index the marker is drawn at, and the one it would move to. */
  from: number;
  index: number;
}

export interface MarkerRetimeState {
  /** The handle props for one cluster's marker (undefined: it cannot be moved). */
  retimeFor: (cluster: MarkerCluster) => MarkerRetime | undefined;
  /** The bucket the ghost line is drawn at while a move is pending and not back at its start. */
  ghostDate: string | undefined;
  /** `Launch v2 → 12 Nov 2026` while a move is pending, for the aria-live region. */
  announcement: string;
}

/**
 * The pending move of one reference marker (drag or ←/→), snapped to the chart's buckets, saved through
 * `onRetime` on drop or Enter. The latest pending move is also kept in a ref: a drop can arrive before
 * React has rendered the last pointer move.
 */
export function useMarkerRetime(options: {
  dates: readonly string[];
  axis: BucketAxis;
  interval: Interval;
  container: RefObject<HTMLElement | null>;
  onRetime: ((reference: Reference, bucket: string, bucketText: string) => void) | undefined;
}): MarkerRetimeState {
  const { dates, axis, interval, container, onRetime } = options;
  const [pending, setPendingState] = useState<PendingMove | null>(null);
  const latest = useRef<PendingMove | null>(null);
  const refocus = useRef<{ id: string; from: string } | null>(null);
  const drag = useRef<{ id: string; startX: number; svgLeft: number; moved: boolean } | null>(null);
  const dropped = useRef(false);
  const setPending = (next: PendingMove | null) => {
    latest.current = next;
    setPendingState(next);
  };

  // A saved move draws the marker in another bucket (a new element): keyboard focus follows it there.
  useEffect(() => {
    const want = refocus.current;
    if (want === null) return;
    const marker = container.current?.querySelector<SVGGElement>(
      `[data-reference-id="${CSS.escape(want.id)}"]`,
    );
    // Until the optimistic update lands, the marker is still the old one in its old bucket.
    if (!marker || marker.dataset.bucket === want.from) return;
    marker.focus();
    refocus.current = null;
  });

  const retimeFor = (cluster: MarkerCluster): MarkerRetime | undefined => {
    const [reference] = cluster.references;
    const from = dates.indexOf(cluster.date);
    // A cluster of several references has no single time to move; open it and use Edit instead.
    if (!onRetime || !reference || cluster.references.length !== 1 || from < 0) return undefined;
    const mine = () => (latest.current?.reference.id === reference.id ? latest.current : null);
    const commit = () => {
      const move = mine();
      setPending(null);
      const target = move ? dates[move.index] : undefined;
      if (!move || target === undefined || move.index === from) return;
      refocus.current = { id: reference.id, from: cluster.date };
      onRetime(reference, target, bucketDateText(target, interval));
    };
    return {
      pending: pending?.reference.id === reference.id,
      dragging: drag.current?.id === reference.id,
      // The drag is followed on the window, not on the marker: the marker is redrawn while it moves and
      // may be a new element by the drop, and the pointer may leave the chart.
      onPress: (clientX, svgLeft) => {
        drag.current = { id: reference.id, startX: clientX, svgLeft, moved: false };
        dropped.current = false;
        const onMove = (event: PointerEvent) => {
          const current = drag.current;
          if (!current) return;
          if (!current.moved && Math.abs(event.clientX - current.startX) < DRAG_THRESHOLD_PX)
            return;
          current.moved = true;
          setPending({
            reference,
            from,
            index: bucketIndexAtX(event.clientX - current.svgLeft, axis),
          });
        };
        const onEnd = (event: PointerEvent) => {
          window.removeEventListener('pointermove', onMove);
          window.removeEventListener('pointerup', onEnd);
          window.removeEventListener('pointercancel', onEnd);
          const moved = drag.current?.moved ?? false;
          drag.current = null;
          if (!moved) return;
          dropped.current = true;
          if (event.type === 'pointercancel') setPending(null);
          else commit();
        };
        window.addEventListener('pointermove', onMove);
        window.addEventListener('pointerup', onEnd);
        window.addEventListener('pointercancel', onEnd);
      },
      consumeDrop: () => {
        const was = dropped.current;
        dropped.current = false;
        return was;
      },
      onStep: (delta) =>
        setPending({
          reference,
          from,
          index: stepBucket(mine()?.index ?? from, delta, dates.length),
        }),
      onCommit: commit,
      onCancel: () => setPending(null),
    };
  };

  const target = pending ? dates[pending.index] : undefined;
  const moved = pending !== null && target !== undefined && pending.index !== pending.from;
  return {
    retimeFor,
    ghostDate: moved ? target : undefined,
    announcement: moved ? retimeAnnouncement(pending.reference.title, target, interval) : '',
  };
}
