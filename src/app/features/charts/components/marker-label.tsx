import type { KeyboardEvent, PointerEvent } from 'react';
import { formatInZone } from '../format-in-zone.ts';
import type { MarkerCluster } from '../marker-clusters.ts';
import { MIN_TITLE_CHARS } from '../marker-title-layout.ts';
import type { MarkerTitleLayout } from '../marker-title-layout.ts';

interface MarkerLabelProps {
  /** Set by Recharts when it clones the label into its ReferenceLine: the line's top. */
  viewBox?: { x?: number; y?: number };
  cluster: MarkerCluster;
  /** Which side the title goes and how much of it fits (marker-title-layout.ts). */
  title: MarkerTitleLayout;
  timeZone: string;
  hovered: boolean;
  onHover: (on: boolean) => void;
  onSelect: (referenceId: string) => void;
  /** Editors can move a single-reference marker; absent for viewers, share links and clusters. */
  retime?: MarkerRetime;
}

/** Moving a marker: `x` is the pointer in the chart SVG's pixels; `delta` is a bucket step. */
export interface MarkerRetime {
  /** True while this marker has a pending (not yet saved) position. */
  pending: boolean;
  /** True while a pointer drag is under way. */
  dragging: boolean;
  /** A pointer press on the handle: the drag itself is followed on the window (see use-marker-retime). */
  onPress: (clientX: number, svgLeft: number) => void;
  /** True once, right after a drop: the click that follows it must not open the popover. */
  consumeDrop: () => boolean;
  onStep: (delta: number) => void;
  onCommit: () => void;
  onCancel: () => void;
}

const truncate = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * The head of a reference marker, drawn inside the chart's SVG: a badge (with a count when several
 * references were clustered), the title beside it, and on hover a card with title, description and date.
 * It is a focusable button, so keyboard users can open references too. For editors it is also a handle:
 * drag it along the x axis, or press ←/→ then Enter (Esc cancels), to move the reference to another bucket.
 */
export function MarkerLabel({
  viewBox,
  cluster,
  title,
  timeZone,
  hovered,
  onHover,
  onSelect,
  retime,
}: MarkerLabelProps) {
  const x = viewBox?.x ?? 0;
  const y = viewBox?.y ?? 0;
  const { flip } = title;
  const [first] = cluster.references;
  if (!first) return null;
  const count = cluster.references.length;
  // A cluster's count survives truncation: "Launch… +2", not "Launch v2 +…"; with no room for a
  // readable title as well, the badge (which shows the count) stands alone.
  const more = count > 1 ? ` +${count - 1}` : '';
  const titleChars = title.maxChars - more.length;
  const name =
    count === 1
      ? `Reference: ${first.title}`
      : `${count} references: ${cluster.references.map((r) => r.title).join(', ')}`;
  const select = () => onSelect(first.id);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (retime && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      retime.onStep(event.key === 'ArrowLeft' ? -1 : 1);
    } else if (retime?.pending && event.key === 'Enter') {
      event.preventDefault();
      retime.onCommit();
    } else if (retime?.pending && event.key === 'Escape') {
      event.preventDefault();
      retime.onCancel();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select();
    }
  };
  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    if (!retime || event.button !== 0) return;
    const svgLeft = event.currentTarget.ownerSVGElement?.getBoundingClientRect().left ?? 0;
    retime.onPress(event.clientX, svgLeft);
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-describedby={retime ? 'marker-retime-help' : undefined}
      data-testid="reference-marker"
      data-reference-id={first.id}
      data-bucket={cluster.date}
      className={`${retime ? 'cursor-grab touch-none active:cursor-grabbing' : 'cursor-pointer'} outline-none [&:focus-visible_circle]:stroke-indigo-500`}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onFocus={() => onHover(true)}
      onBlur={() => {
        onHover(false);
        // Leaving a marker with a pending keyboard move abandons it (Enter saves, nothing else does).
        if (retime?.pending && !retime.dragging) retime.onCancel();
      }}
      onClick={(event) => {
        // Not a click on the chart's bucket underneath.
        event.stopPropagation();
        if (retime?.consumeDrop()) return;
        select();
      }}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    >
      <circle cx={x} cy={y - 12} r={8} fill="#f59e0b" stroke="#fff" strokeWidth={1.5} />
      <text x={x} y={y - 8.5} textAnchor="middle" fontSize={10} fontWeight={700} fill="#fff">
        {count > 1 ? count : '★'}
      </text>
      {titleChars >= MIN_TITLE_CHARS && (
        <text
          x={flip ? x - 12 : x + 12}
          y={y - 8.5}
          textAnchor={flip ? 'end' : 'start'}
          fontSize={11}
          className="fill-amber-700 dark:fill-amber-300"
        >
          {truncate(first.title, titleChars)}
          {more}
        </text>
      )}
      {hovered && (
        <foreignObject x={Math.max(0, x - 110)} y={y + 4} width={220} height={120}>
          <div className="rounded-lg border border-slate-200 bg-white p-2 text-xs shadow-lg dark:border-slate-700 dark:bg-slate-900">
            {cluster.references.slice(0, 3).map((reference) => (
              <div key={reference.id} className="mb-1 last:mb-0">
                <p className="font-semibold">{reference.title}</p>
                {reference.description && (
                  <p className="text-slate-600 dark:text-slate-300">
                    {truncate(reference.description, 80)}
                  </p>
                )}
                <p className="text-slate-500 dark:text-slate-400">
                  {formatInZone(reference.date, timeZone)}
                </p>
              </div>
            ))}
            {count > 3 && <p className="text-slate-500">and {count - 3} more…</p>}
          </div>
        </foreignObject>
      )}
    </g>
  );
}
