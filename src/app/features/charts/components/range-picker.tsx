import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { BffRange, Reference } from '../../../../contract/bff-api.ts';
import type { ChartViewAnchor } from '../../../../contract/chart-view-anchor.ts';
import { chartRangeLabel } from '../../../../contract/chart-range-label.ts';
import { referencesQuery } from '../../references/api/references-query.ts';
import { RANGE_PRESETS } from '../../shortcuts/shortcut-registry.ts';
import { useShortcuts } from '../../shortcuts/use-shortcuts.ts';
import { inputClass } from './commit-input.tsx';

interface RangePickerProps {
  range: BffRange;
  from?: string;
  to?: string;
  onPreset: (range: BffRange) => void;
  onCustom: (from: string, to: string) => void;
  /** With a project, the picker also offers "since <reference>" and "from <A> to <B>" (issue 5 §4). */
  projectId?: string;
  anchor?: ChartViewAnchor | undefined;
  onAnchor?: (anchor: ChartViewAnchor) => void;
}

/** What an anchor reads as; a reference the list does not (yet) hold is named as such. */
function anchorLabel(anchor: ChartViewAnchor, references: readonly Reference[]): string {
  const title = (id: string) => references.find((r) => r.id === id)?.title ?? 'a missing reference';
  return anchor.to === undefined
    ? `Since ${title(anchor.from)}`
    : `From ${title(anchor.from)} to ${title(anchor.to)}`;
}

const TODAY = '__today';

/** Range presets (with keyboard shortcuts) and a custom from/to (inclusive days in the org's zone). */
export function RangePicker(props: RangePickerProps) {
  const { range, from, to, onPreset, onCustom, projectId, anchor, onAnchor } = props;
  const custom = from !== undefined && to !== undefined;
  const [draftFrom, setDraftFrom] = useState(from ?? '');
  const [draftTo, setDraftTo] = useState(to ?? '');
  const [open, setOpen] = useState(false);
  // The charts page already fetches this list; the shared query key makes this a cache read.
  const referenceList = useQuery({
    ...referencesQuery(projectId ?? ''),
    enabled: projectId !== undefined && onAnchor !== undefined,
  });
  const references = [...(referenceList.data?.references ?? [])].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  const anchorId = useId();
  const [anchorOpen, setAnchorOpen] = useState(false);
  const [anchorFrom, setAnchorFrom] = useState(anchor?.from ?? '');
  const [anchorTo, setAnchorTo] = useState(anchor?.to ?? TODAY);

  // One-key presets (shortcut-registry.ts), ignored while typing or in a dialog (use-shortcuts.ts).
  useShortcuts(
    'charts',
    Object.fromEntries(RANGE_PRESETS.map((p) => [`range:${p.range}`, () => onPreset(p.range)])),
  );

  const selected = anchor !== undefined ? 'anchor' : custom ? 'custom' : range;
  const otherLabel =
    anchor !== undefined
      ? anchorLabel(anchor, references)
      : custom
        ? `${from} – ${to}`
        : chartRangeLabel(range);
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
          <option value="__other">{otherLabel}</option>
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
        {custom && anchor === undefined ? `${from} – ${to}` : 'Custom…'}
      </button>
      {onAnchor && (
        <button
          type="button"
          aria-expanded={anchorOpen}
          onClick={() => setAnchorOpen((v) => !v)}
          className="rounded-md border border-slate-300 px-2 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {anchor !== undefined ? anchorLabel(anchor, references) : 'From a reference…'}
        </button>
      )}
      {onAnchor && anchorOpen && (
        <form
          aria-label="Range from references"
          className="flex w-full flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-slate-50 p-2 dark:border-slate-800 dark:bg-slate-900"
          onSubmit={(event) => {
            event.preventDefault();
            if (anchorFrom === '') return;
            onAnchor(
              anchorTo === TODAY ? { from: anchorFrom } : { from: anchorFrom, to: anchorTo },
            );
            setAnchorOpen(false);
          }}
        >
          {references.length === 0 ? (
            <p className="text-xs text-slate-600 dark:text-slate-300">
              {referenceList.isPending
                ? 'Loading references…'
                : referenceList.isError
                  ? 'References could not be loaded.'
                  : 'This project has no references yet. Add one from a chart point first.'}
            </p>
          ) : (
            <>
              <div className="flex min-w-0 flex-col text-xs">
                <label htmlFor={`${anchorId}-from`}>From reference</label>
                <select
                  id={`${anchorId}-from`}
                  value={anchorFrom}
                  onChange={(event) => setAnchorFrom(event.target.value)}
                  className={`${inputClass} max-w-full`}
                  required
                >
                  <option value="">Choose…</option>
                  {references.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.title}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex min-w-0 flex-col text-xs">
                <label htmlFor={`${anchorId}-to`}>To reference</label>
                <select
                  id={`${anchorId}-to`}
                  value={anchorTo}
                  onChange={(event) => setAnchorTo(event.target.value)}
                  className={`${inputClass} max-w-full`}
                >
                  <option value={TODAY}>Today (since the reference)</option>
                  {references.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.title}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="submit"
                disabled={anchorFrom === ''}
                className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-50"
              >
                Apply
              </button>
              <p className="w-full text-xs text-slate-500 dark:text-slate-400">
                The link keeps the references, so the window follows them if they are moved.
              </p>
            </>
          )}
        </form>
      )}
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
              className={`${inputClass} max-w-full`}
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
              className={`${inputClass} max-w-full`}
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
