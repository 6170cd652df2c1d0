import { changeClass, formatChange, formatNumber } from './chart-tooltip.tsx';

export type SummaryMetric = 'sum' | 'average' | 'min' | 'max';

export interface SummaryCard {
  key: string;
  label: string;
  color: string;
  hidden: boolean;
  values: Record<SummaryMetric, number>;
  /** Signed % change against the previous period; undefined without compare, null when not computable. */
  changes?: Partial<Record<SummaryMetric, number | null>>;
}

const METRIC_LABELS: Record<SummaryMetric, string> = {
  sum: 'Total',
  average: 'Average',
  min: 'Min',
  max: 'Max',
};
const METRICS: SummaryMetric[] = ['sum', 'average', 'min', 'max'];

interface SummaryCardsProps {
  cards: readonly SummaryCard[];
  metric: SummaryMetric;
  onMetric: (metric: SummaryMetric) => void;
  /** The legend: clicking a card hides or shows its series (kept in the URL). */
  onToggle: (key: string) => void;
  /** The metric view draws the chosen number large, instead of a chart. */
  large?: boolean;
}

export function SummaryCards({ cards, metric, onMetric, onToggle, large }: SummaryCardsProps) {
  return (
    <div className="space-y-2">
      <div role="radiogroup" aria-label="Summary metric" className="flex flex-wrap gap-1 text-xs">
        {METRICS.map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={metric === m}
            onClick={() => onMetric(m)}
            className={`rounded-full px-2.5 py-1 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none ${
              metric === m
                ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900'
                : 'text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
            }`}
          >
            {METRIC_LABELS[m]}
          </button>
        ))}
      </div>
      <ul aria-label="Series" className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => {
          const change = card.changes?.[metric];
          return (
            <li key={card.key}>
              <button
                type="button"
                aria-pressed={!card.hidden}
                title={card.hidden ? 'Show this series' : 'Hide this series'}
                onClick={() => onToggle(card.key)}
                className={`w-full rounded-xl border border-slate-200 p-3 text-left transition hover:border-slate-300 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:border-slate-800 dark:hover:border-slate-700 ${
                  card.hidden ? 'opacity-50' : ''
                }`}
              >
                <span className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
                  <span
                    aria-hidden="true"
                    className="inline-block size-2.5 shrink-0 rounded-full"
                    style={{ backgroundColor: card.color }}
                  />
                  <span className={`truncate ${card.hidden ? 'line-through' : ''}`}>
                    {card.label}
                  </span>
                </span>
                <span className="mt-1 flex items-baseline gap-2">
                  <span className={`font-semibold tabular-nums ${large ? 'text-3xl' : 'text-xl'}`}>
                    {formatNumber(card.values[metric])}
                  </span>
                  {change !== undefined && (
                    <span className={`text-xs tabular-nums ${changeClass(change)}`}>
                      {formatChange(change)}
                    </span>
                  )}
                </span>
                <span className="sr-only">{METRIC_LABELS[metric]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
