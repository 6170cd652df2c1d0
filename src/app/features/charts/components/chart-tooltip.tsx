import type { TrendRow } from './trend-chart.tsx';

export interface TooltipSeries {
  /** The row key of the series' values (`key`, `key:prev`, `key:change`). */
  key: string;
  label: string;
  color: string;
}

interface ChartTooltipProps {
  row: TrendRow;
  series: readonly TooltipSeries[];
  compare: boolean;
  /** The line under the values, if any: what a click or a key does here. */
  hint?: string | undefined;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: unknown): string {
  return typeof value === 'number' ? numberFormat.format(value) : '–';
}

/** `+12.5 %`, `−50 %`, `0 %`; a real minus sign so the sign is unmistakable. */
export function formatChange(change: unknown): string {
  if (typeof change !== 'number' || !Number.isFinite(change)) return 'n/a';
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '0 %';
  return `${rounded > 0 ? '+' : '−'}${numberFormat.format(Math.abs(rounded))} %`;
}

export function changeClass(change: unknown): string {
  if (typeof change !== 'number' || change === 0) return 'text-slate-500 dark:text-slate-400';
  return change > 0 ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400';
}

/**
 * Value, previous value and the SIGNED change per series. The change comes precomputed from current and
 * previous values: the upstream's `diff` is always ≥ 0 with the direction elsewhere (§5.7).
 */
export function ChartTooltip({ row, series, compare, hint }: ChartTooltipProps) {
  return (
    <div className="min-w-44 rounded-lg border border-slate-200 bg-white/95 p-2 text-xs text-slate-900 shadow-lg dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-100">
      <p className="mb-1 font-semibold">{row.label}</p>
      <table>
        <tbody>
          {series.map((s) => (
            <tr key={s.key}>
              <td className="pr-2">
                <span
                  aria-hidden="true"
                  className="mr-1 inline-block size-2 rounded-full"
                  style={{ backgroundColor: s.color }}
                />
                {s.label}
              </td>
              <td className="pr-2 text-right font-medium tabular-nums">
                {formatNumber(row[s.key])}
              </td>
              {compare && (
                <>
                  <td className="pr-2 text-right text-slate-500 tabular-nums dark:text-slate-400">
                    prev {formatNumber(row[`${s.key}:prev`])}
                  </td>
                  <td className={`text-right tabular-nums ${changeClass(row[`${s.key}:change`])}`}>
                    {formatChange(row[`${s.key}:change`])}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {hint && <p className="mt-1 text-slate-500 dark:text-slate-400">{hint}</p>}
    </div>
  );
}
