import type { EventsViewState } from '../../../../contract/events-view-state.ts';
import type { Filter } from '../../../../contract/openpanel-common.ts';
import { eventsBffParams } from '../events-bff-params.ts';
import { eventsTableIsLive } from '../../live/events-table-is-live.ts';
import { EventFilterEditor } from './event-filter-editor.tsx';
import { EventsTable } from './events-table.tsx';
import { EventsToolbar } from './events-toolbar.tsx';
import { ExportPanel } from './export-panel.tsx';

interface EventsPageProps {
  projectId: string;
  state: EventsViewState;
  /** URL parts that were ignored, for a visible notice. */
  issues: string[];
  timeZone: string;
  today: string;
  canMark: boolean;
  csrfToken: string | null;
  onStateChange: (next: EventsViewState) => void;
}

/** The Events page: the URL state's controls, the CSV export and the paged table. */
export function EventsPage(props: EventsPageProps) {
  const { projectId, state, issues, timeZone, today, onStateChange } = props;
  const params = eventsBffParams(state, today);
  // Any change but paging starts again at page 1: the old page number means nothing in a new result set.
  const change = (patch: Partial<EventsViewState>) =>
    onStateChange({ ...state, ...patch, page: 1 });
  const addFilter = (filter: Filter) => change({ filters: [...state.filters, filter] });
  const filtered = state.events.length > 0 || state.filters.length > 0;

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="page-title" className="text-2xl font-bold tracking-tight">
          Events
        </h1>
        <p className="text-xs text-slate-500 dark:text-slate-400">Times in {timeZone}</p>
      </div>
      {issues.length > 0 && (
        <p
          role="note"
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
        >
          Parts of this link were ignored: {issues.join('; ')}.
        </p>
      )}
      <EventsToolbar projectId={projectId} state={state} today={today} onChange={change} />
      <EventFilterEditor filters={state.filters} onChange={(filters) => change({ filters })} />
      <ExportPanel projectId={projectId} params={params} includes={state.include} today={today} />
      <EventsTable
        projectId={projectId}
        params={params}
        includes={state.include}
        timeZone={timeZone}
        emptyText={
          filtered
            ? `No events match these events and filters between ${params.start} and ${params.end}. Remove a filter or widen the date range.`
            : `No events were tracked between ${params.start} and ${params.end}.`
        }
        canMark={props.canMark}
        csrfToken={props.csrfToken}
        live={eventsTableIsLive(params, today)}
        onPage={(page) => onStateChange({ ...state, page })}
        onAddFilter={addFilter}
      />
    </section>
  );
}
