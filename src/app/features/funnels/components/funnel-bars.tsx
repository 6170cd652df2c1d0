import { countChange, formatCountChange } from '../count-change.ts';
import type { FunnelStepFigure } from '../funnel-step-figures.ts';

type Step = FunnelStepFigure;

interface FunnelBarsProps {
  steps: readonly Step[];
  /** The same steps over another window (previous period), drawn as a second, muted bar. */
  comparison?:
    { label: string; shortLabel: string; steps: readonly Pick<Step, 'count'>[] } | undefined;
  /** What one counted unit is, for the labels ("sessions" / "profiles"). */
  unitLabel: string;
}

const pct = (n: number) => `${n}%`;

/**
 * One row per step: the count bar (scaled to the larger first step, so a comparison bar is on the same
 * scale), percent of the first step, and the drop-off to the next step; the highest drop-off is marked.
 */
export function FunnelBars({ steps, comparison, unitLabel }: FunnelBarsProps) {
  const scale = Math.max(1, steps[0]?.count ?? 0, comparison?.steps[0]?.count ?? 0);
  const width = (count: number) => `${Math.max(0, Math.min(100, (count / scale) * 100))}%`;
  const list = (
    <ol aria-label="Funnel steps" className="space-y-4">
      {steps.map((step, i) => {
        const before = comparison?.steps[i];
        const last = i === steps.length - 1;
        return (
          <li
            key={`${i}-${step.name}`}
            aria-label={`Step ${i + 1}: ${step.name}`}
            className={
              step.isHighestDropoff
                ? '-mx-2 rounded-lg bg-rose-50 px-2 py-2 ring-1 ring-rose-200 dark:bg-rose-950/30 dark:ring-rose-900/60'
                : ''
            }
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span className="min-w-0 font-medium break-words">
                <span className="mr-1.5 text-slate-600 dark:text-slate-400">{i + 1}.</span>
                {step.name}
              </span>
              <span className="tabular-nums">
                <strong data-testid="step-count">{step.count.toLocaleString('en-US')}</strong>{' '}
                <span className="text-slate-600 dark:text-slate-400">
                  {unitLabel} · {pct(step.percentOfFirst)} of first
                </span>
              </span>
            </div>
            <div className="mt-1.5 h-5 rounded bg-slate-100 dark:bg-slate-800" aria-hidden="true">
              <div
                className="h-5 rounded bg-indigo-500 dark:bg-indigo-400"
                style={{ width: width(step.count) }}
              />
            </div>
            {before !== undefined && comparison && (
              <div className="mt-1 flex items-center gap-2">
                <div
                  className="h-2.5 flex-1 rounded bg-slate-100 dark:bg-slate-800"
                  aria-hidden="true"
                >
                  <div
                    className="h-2.5 rounded bg-slate-400 dark:bg-slate-500"
                    style={{ width: width(before.count) }}
                  />
                </div>
                <span
                  data-testid="step-change"
                  className="shrink-0 text-xs text-slate-600 tabular-nums dark:text-slate-300"
                >
                  {comparison.shortLabel}: {before.count.toLocaleString('en-US')} ·{' '}
                  {formatCountChange(countChange(step.count, before.count))}
                </span>
              </div>
            )}
            {!last && (
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                <span data-testid="step-dropoff">
                  ↓ {step.dropoffCount.toLocaleString('en-US')} dropped off (
                  {pct(step.dropoffPercent ?? 0)}) before step {i + 2}
                </span>
                {step.isHighestDropoff && (
                  <span className="ml-2 inline-block rounded-full bg-rose-600 whitespace-nowrap px-2 py-0.5 font-semibold text-white dark:bg-rose-700">
                    Highest drop-off
                  </span>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
  if (!comparison) return list;
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span className="flex items-center gap-1.5">
          <span className="h-2.5 w-5 rounded bg-indigo-500 dark:bg-indigo-400" aria-hidden="true" />
          This period
        </span>
        <span className="flex items-center gap-1.5">
          <span className="h-2.5 w-5 rounded bg-slate-400 dark:bg-slate-500" aria-hidden="true" />
          {comparison.label}
        </span>
      </p>
      {list}
    </div>
  );
}
