import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { BffRange } from '../../../../contract/bff-api.ts';
import { chartIntervalLabel } from '../../../../contract/chart-range-label.ts';
import { eventNamesQuery } from '../../../api/event-names-query.ts';
import { eventPropertiesQuery } from '../api/event-properties-query.ts';
import { sensibleIntervals } from '../../../../contract/chart-sensible-intervals.ts';
import type { ChartViewState } from '../../../../contract/chart-view-state.ts';
import { BreakdownPicker } from './breakdown-picker.tsx';
import { RangePicker } from './range-picker.tsx';
import { SegmentedControl } from './segmented-control.tsx';
import { SeriesEditor } from './series-editor.tsx';
import { useChartShortcuts } from '../use-chart-shortcuts.ts';

const TYPES = [
  { value: 'line', label: 'Line' },
  { value: 'bar', label: 'Bar' },
  { value: 'area', label: 'Area' },
  { value: 'metric', label: 'Metric' },
] as const;

interface ChartBuilderProps {
  projectId: string;
  state: ChartViewState;
  /** The organization's zone: `[`/`]` turn a preset into days as they are there. */
  timeZone: string;
  onChange: (patch: Partial<ChartViewState>) => void;
}

/** Everything that defines the view; each control writes the URL (the only state) through `onChange`. */
export function ChartBuilder({ projectId, state, timeZone, onChange }: ChartBuilderProps) {
  const eventNames = useQuery(eventNamesQuery(projectId));
  const projectProperties = useQuery(eventPropertiesQuery(projectId));
  const propertyKeys = [
    ...(projectProperties.data?.columns ?? []),
    ...(projectProperties.data?.properties ?? []),
  ];
  const intervals = sensibleIntervals(state.range, state.from, state.to);
  const interval = state.interval ?? intervals.default;

  // A new range resets the interval to that range's default (an old one may not make sense any more).
  const onPreset = useCallback(
    (range: BffRange) => onChange({ range, from: undefined, to: undefined, interval: undefined }),
    [onChange],
  );
  const shortcutMessage = useChartShortcuts({ state, timeZone, onChange });

  return (
    <section aria-label="Chart builder" className="space-y-3">
      <div className="space-y-2">
        {state.series.map((series, index) => (
          <SeriesEditor
            key={index}
            projectId={projectId}
            index={index}
            series={series}
            eventNames={eventNames.data?.names ?? []}
            canRemove={state.series.length > 1}
            onChange={(next) =>
              onChange({ series: state.series.map((s, i) => (i === index ? next : s)), offset: 0 })
            }
            onRemove={() => onChange({ series: state.series.filter((_, i) => i !== index) })}
          />
        ))}
        {state.series.length < 10 && (
          <button
            type="button"
            onClick={() =>
              onChange({
                series: [...state.series, { name: '*', segment: 'event', filters: [] }],
              })
            }
            className="rounded-md border border-dashed border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            + Add series
          </button>
        )}
      </div>
      <BreakdownPicker
        breakdowns={state.breakdowns}
        propertyKeys={propertyKeys}
        onChange={(breakdowns) => onChange({ breakdowns, offset: 0, hidden: [] })}
      />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <RangePicker
          range={state.range}
          from={state.from}
          to={state.to}
          onPreset={onPreset}
          onCustom={(from, to) => onChange({ from, to, interval: undefined })}
          projectId={projectId}
          anchor={state.anchor}
          onAnchor={(anchor) =>
            onChange({ anchor, from: undefined, to: undefined, interval: undefined })
          }
        />
        <SegmentedControl
          label="Interval"
          value={interval}
          options={(['minute', 'hour', 'day', 'week', 'month'] as const).map((value) => ({
            value,
            label: chartIntervalLabel(value),
            disabled: !intervals.allowed.includes(value),
          }))}
          onChange={(next) => onChange({ interval: next === intervals.default ? undefined : next })}
        />
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={state.compare}
            onChange={(event) => onChange({ compare: event.target.checked })}
            className="size-4 rounded accent-indigo-600"
          />
          Compare to previous period
        </label>
        <SegmentedControl
          label="Chart type"
          value={state.type}
          options={TYPES}
          onChange={(type) => onChange({ type })}
        />
      </div>
      <p role="status" aria-live="polite" className="text-xs text-slate-600 dark:text-slate-300">
        {shortcutMessage}
      </p>
    </section>
  );
}
