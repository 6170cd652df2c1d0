import type { KeyboardEvent } from 'react';
import { formatInZone } from '../format-in-zone.ts';
import type { MarkerCluster } from '../marker-clusters.ts';

interface MarkerLabelProps {
  x: number;
  y: number;
  cluster: MarkerCluster;
  flip: boolean;
  timeZone: string;
  hovered: boolean;
  onHover: (on: boolean) => void;
  onSelect: (referenceId: string) => void;
}

const truncate = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * The head of a reference marker, drawn inside the chart's SVG: a badge (with a count when several
 * references were clustered), the title beside it, and on hover a card with title, description and date.
 * It is a focusable button, so keyboard users can open references too.
 */
export function MarkerLabel({
  x,
  y,
  cluster,
  flip,
  timeZone,
  hovered,
  onHover,
  onSelect,
}: MarkerLabelProps) {
  const [first] = cluster.references;
  if (!first) return null;
  const count = cluster.references.length;
  const name =
    count === 1
      ? `Reference: ${first.title}`
      : `${count} references: ${cluster.references.map((r) => r.title).join(', ')}`;
  const select = () => onSelect(first.id);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select();
    }
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={name}
      data-testid="reference-marker"
      className="cursor-pointer outline-none [&:focus-visible_circle]:stroke-indigo-500"
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onFocus={() => onHover(true)}
      onBlur={() => onHover(false)}
      onClick={(event) => {
        // Not a click on the chart's bucket underneath.
        event.stopPropagation();
        select();
      }}
      onKeyDown={onKeyDown}
    >
      <circle cx={x} cy={y - 12} r={8} fill="#f59e0b" stroke="#fff" strokeWidth={1.5} />
      <text x={x} y={y - 8.5} textAnchor="middle" fontSize={10} fontWeight={700} fill="#fff">
        {count > 1 ? count : '★'}
      </text>
      <text
        x={flip ? x - 12 : x + 12}
        y={y - 8.5}
        textAnchor={flip ? 'end' : 'start'}
        fontSize={11}
        className="fill-amber-700 dark:fill-amber-300"
      >
        {truncate(count > 1 ? `${first.title} +${count - 1}` : first.title, 24)}
      </text>
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
