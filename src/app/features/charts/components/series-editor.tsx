import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ChartSeriesItem } from '../../../../contract/openpanel-charts.ts';
import type { Segment } from '../../../../contract/openpanel-common.ts';
import { eventPropertiesQuery } from '../api/event-properties-query.ts';
import { CommitInput, inputClass } from './commit-input.tsx';
import { FilterEditor } from './filter-editor.tsx';

const SEGMENTS: { value: Segment; label: string }[] = [
  { value: 'event', label: 'Events' },
  { value: 'user', label: 'Unique users' },
  { value: 'session', label: 'Sessions' },
  { value: 'user_average', label: 'Events per user' },
  { value: 'one_event_per_user', label: 'Users (first event only)' },
  { value: 'property_sum', label: 'Sum of property' },
  { value: 'property_average', label: 'Average of property' },
  { value: 'property_max', label: 'Max of property' },
  { value: 'property_min', label: 'Min of property' },
];

export const SERIES_LETTERS = 'ABCDEFGHIJ';

interface SeriesEditorProps {
  projectId: string;
  index: number;
  series: ChartSeriesItem;
  eventNames: readonly string[];
  canRemove: boolean;
  onChange: (series: ChartSeriesItem) => void;
  onRemove: () => void;
}

/** One series: event (searchable list of upstream names, free text allowed), segment, property, filters. */
export function SeriesEditor({
  projectId,
  index,
  series,
  eventNames,
  canRemove,
  onChange,
  onRemove,
}: SeriesEditorProps) {
  const listId = useId();
  const letter = SERIES_LETTERS[index] ?? String(index + 1);
  const label = `Series ${letter}`;
  // Property keys of this event (for filters and property segments); the whole project's for `*`.
  const properties = useQuery(eventPropertiesQuery(projectId, series.name || undefined));
  const propertyKeys = [
    ...(properties.data?.columns ?? []),
    ...(properties.data?.properties ?? []),
  ];
  const isPropertySegment = series.segment.startsWith('property_');

  return (
    <fieldset className="space-y-2 rounded-xl border border-slate-200 p-3 dark:border-slate-800">
      <legend className="sr-only">{label}</legend>
      <div className="flex flex-wrap items-center gap-2">
        <span
          aria-hidden="true"
          className="flex size-6 items-center justify-center rounded-md bg-indigo-100 text-xs font-bold text-indigo-800 dark:bg-indigo-900/60 dark:text-indigo-200"
        >
          {letter}
        </span>
        <datalist id={listId}>
          <option value="*">All events</option>
          {eventNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <CommitInput
          aria-label={`${label} event`}
          list={listId}
          value={series.name}
          placeholder="Event name or *"
          onCommit={(name) => onChange({ ...series, name: name.trim() })}
          className="min-w-0 flex-1 basis-40 sm:w-44 sm:flex-none sm:basis-auto"
        />
        <select
          aria-label={`${label} measure`}
          value={series.segment}
          onChange={(event) => onChange({ ...series, segment: event.target.value as Segment })}
          className={inputClass}
        >
          {SEGMENTS.map((segment) => (
            <option key={segment.value} value={segment.value}>
              {segment.label}
            </option>
          ))}
        </select>
        {isPropertySegment && (
          <CommitInput
            aria-label={`${label} property`}
            list={`${listId}-props`}
            value={series.property ?? ''}
            placeholder="properties.price"
            onCommit={(property) =>
              onChange({
                ...series,
                property: property.trim() === '' ? undefined : property.trim(),
              })
            }
            className="w-40 min-w-0"
          />
        )}
        <datalist id={`${listId}-props`}>
          {propertyKeys.map((key) => (
            <option key={key} value={key} />
          ))}
        </datalist>
        {canRemove && (
          <button
            type="button"
            onClick={onRemove}
            aria-label={`Remove ${label}`}
            className="ml-auto rounded px-2 py-1 text-xs text-slate-500 dark:text-slate-400 hover:bg-slate-100 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:hover:bg-slate-800 dark:hover:text-slate-100"
          >
            Remove
          </button>
        )}
      </div>
      {isPropertySegment && !series.property && (
        // §5.4: a property_* segment without a property quietly counts events instead.
        <p className="text-xs text-amber-700 dark:text-amber-300">
          Pick a numeric property, otherwise this counts events.
        </p>
      )}
      <FilterEditor
        label={label}
        filters={series.filters}
        propertyKeys={propertyKeys}
        onChange={(filters) => onChange({ ...series, filters })}
      />
    </fieldset>
  );
}
