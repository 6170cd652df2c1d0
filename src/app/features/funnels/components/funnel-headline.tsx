import { countChange, formatCountChange } from '../count-change.ts';
import type { FunnelFigures } from '../funnel-step-figures.ts';

interface FunnelHeadlineProps {
  funnel: FunnelFigures;
  previous?: FunnelFigures | undefined;
  unitLabel: string;
}

/** Total entering the funnel, completing it, and the overall conversion (with the change when comparing). */
export function FunnelHeadline({ funnel, previous, unitLabel }: FunnelHeadlineProps) {
  const points = (now: number, before: number) => {
    const delta = Math.round((now - before) * 100) / 100;
    return `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${Math.abs(delta)} pts`;
  };
  const figures = [
    {
      label: `Entered (${unitLabel})`,
      value: funnel.total.toLocaleString('en-US'),
      change: previous && formatCountChange(countChange(funnel.total, previous.total)),
    },
    {
      label: 'Completed',
      value: funnel.completed.toLocaleString('en-US'),
      change: previous && formatCountChange(countChange(funnel.completed, previous.completed)),
    },
    {
      label: 'Overall conversion',
      value: `${funnel.overallConversionRate}%`,
      change: previous && points(funnel.overallConversionRate, previous.overallConversionRate),
    },
  ];
  return (
    <dl className="grid grid-cols-3 gap-2 sm:gap-4">
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-lg bg-slate-50 px-3 py-2 dark:bg-slate-800/60">
          <dt className="text-xs text-slate-500 dark:text-slate-400">{figure.label}</dt>
          <dd className="text-lg font-semibold tabular-nums sm:text-xl">{figure.value}</dd>
          {figure.change && (
            <dd className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
              {figure.change}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
