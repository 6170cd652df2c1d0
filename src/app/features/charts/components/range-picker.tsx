import { useEffect, useState } from 'react';
import type { BffRange } from '../../../../contract/bff-api.ts';
import { chartRangeLabel } from '../../../../contract/chart-range-label.ts';
import { RANGE_PRESETS } from '../range-presets.ts';
import { inputClass } from './commit-input.tsx';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

interface RangePickerProps {
  range: BffRange;
  from?: string;
  to?: string;
  onPreset: (range: BffRange) => void;
  onCustom: (from: string, to: string) => void;
}

/** Range presets (with keyboard shortcuts) and a custom from/to (inclusive days in the org's zone). */
export function RangePicker({ range, from, to, onPreset, onCustom }: RangePickerProps) {
  const custom = from !== undefined && to !== undefined;
  const [draftFrom, setDraftFrom] = useState(from ?? '');
  const [draftTo, setDraftTo] = useState(to ?? '');
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const preset = RANGE_PRESETS.find((p) => p.key === event.key.toLowerCase());
      if (preset) {
        event.preventDefault();
        onPreset(preset.range);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onPreset]);

  const selected = custom ? 'custom' : range;
  const invalid = draftFrom !== '' && draftTo !== '' && draftFrom > draftTo;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor="chart-range">
        Range
      </label>
      <select
        id="chart-range"
        value={RANGE_PRESETS.some((p) => p.range === selected) ? selected : '__other'}
        onChange={(event) => {
          if (event.target.value === 'custom') setOpen(true);
          else onPreset(event.target.value as BffRange);
        }}
        className={inputClass}
        aria-describedby="range-shortcuts"
      >
        {!RANGE_PRESETS.some((p) => p.range === selected) && (
          <option value="__other">{custom ? `${from} – ${to}` : chartRangeLabel(range)}</option>
        )}
        {RANGE_PRESETS.map((preset) => (
          <option key={preset.range} value={preset.range}>
            {chartRangeLabel(preset.range)} ({preset.key.toUpperCase()})
          </option>
        ))}
        <option value="custom">Custom range…</option>
      </select>
      <span id="range-shortcuts" className="sr-only">
        Press the letter in brackets anywhere on the page to switch range.
      </span>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        className="rounded-md border border-slate-300 px-2 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {custom ? `${from} – ${to}` : 'Custom…'}
      </button>
      {open && (
        <form
          aria-label="Custom range"
          className="flex w-full flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-slate-50 p-2 dark:border-slate-800 dark:bg-slate-900"
          onSubmit={(event) => {
            event.preventDefault();
            if (draftFrom && draftTo && !invalid) {
              onCustom(draftFrom, draftTo);
              setOpen(false);
            }
          }}
        >
          <label className="flex flex-col text-xs">
            From
            <input
              type="date"
              value={draftFrom}
              max={draftTo || undefined}
              onChange={(event) => setDraftFrom(event.target.value)}
              className={inputClass}
              required
            />
          </label>
          <label className="flex flex-col text-xs">
            To (inclusive)
            <input
              type="date"
              value={draftTo}
              min={draftFrom || undefined}
              onChange={(event) => setDraftTo(event.target.value)}
              className={inputClass}
              required
            />
          </label>
          <button
            type="submit"
            disabled={invalid}
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-50"
          >
            Apply
          </button>
          {invalid && (
            <p role="alert" className="text-xs text-red-700 dark:text-red-300">
              The end is before the start.
            </p>
          )}
        </form>
      )}
    </div>
  );
}
