import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Filter } from '../../../../contract/openpanel-common.ts';
import type { ExportEventInclude } from '../../../../contract/openpanel-events.ts';
import { ApiError } from '../../../api/api-fetch.ts';
import { eventsQuery } from '../api/events-query.ts';
import { eventCell } from '../event-cell.ts';
import { eventColumns } from '../event-fields.ts';
import type { EventsBffParams } from '../events-bff-params.ts';
import { pageWindow } from '../page-math.ts';
import { EventDrawer } from './event-drawer.tsx';
import { EventsPager } from './events-pager.tsx';
import { useRowWindow } from './use-row-window.ts';
import { showNewEvents } from '../../live/api/show-new-events.ts';
import { NewEventsBar } from '../../live/components/new-events-bar.tsx';

const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 36;

interface EventsTableProps {
  projectId: string;
  params: EventsBffParams;
  includes: ExportEventInclude[];
  timeZone: string;
  /** Why an empty result is empty, in the user's words. */
  emptyText: string;
  canMark: boolean;
  csrfToken: string | null;
  /** Page 1 of a window that holds now: announce newer events (features/live) instead of moving rows. */
  live?: boolean;
  onPage: (page: number) => void;
  onAddFilter: (filter: Filter) => void;
}

/**
 * The independent table widget: its own query, a skeleton on first load only, the previous page kept with
 * a busy indicator while the next loads, an error panel with Retry, an empty state that says why, and the
 * next page prefetched so "Next" is instant.
 */
export function EventsTable(props: EventsTableProps) {
  const { projectId, params, includes, timeZone, onPage } = props;
  const queryClient = useQueryClient();
  const events = useQuery(eventsQuery(projectId, params));
  const scroller = useRef<HTMLDivElement>(null);
  // The drawer's row, tied to the page it was opened on: a new page closes it (its index would point at
  // another event).
  const pageKey = JSON.stringify(params);
  const [selection, setSelection] = useState<{ page: string; index: number } | null>(null);
  const selected = selection?.page === pageKey ? selection.index : null;
  const setSelected = (index: number | null) =>
    setSelection(index === null ? null : { page: pageKey, index });
  const rows = events.data?.data ?? [];
  const { window: w, scrollToRow } = useRowWindow(scroller, rows.length, ROW_HEIGHT, HEADER_HEIGHT);
  const total = events.data?.meta.totalCount ?? 0;
  const pw = pageWindow(total, params.page, params.limit, rows.length);
  const showingCurrent = !events.isPlaceholderData;

  useEffect(() => {
    if (showingCurrent && pw.hasNext)
      void queryClient.prefetchQuery(eventsQuery(projectId, { ...params, page: params.page + 1 }));
  }, [queryClient, projectId, params, pw.hasNext, showingCurrent]);

  const close = () => {
    const index = selected;
    setSelected(null);
    if (index === null) return;
    scrollToRow(index);
    // Focus returns to the row the drawer now shows (it may differ after ←/→).
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-row="${index}"]`)?.focus(),
    );
  };

  if (events.isPending) {
    return (
      <div role="status" aria-label="Loading events" className="space-y-2">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-8 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
        ))}
      </div>
    );
  }
  if (events.isError) {
    const error = events.error;
    return (
      <div
        role="alert"
        className="rounded-xl border border-red-200 bg-red-50 p-5 text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
      >
        <h2 className="font-semibold">
          Could not load events
          {error instanceof ApiError && error.status ? ` (${error.status})` : ''}
        </h2>
        <p className="mt-1 text-sm">{error.message}</p>
        <button
          type="button"
          onClick={() => void events.refetch()}
          className="mt-3 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-500 focus-visible:ring-offset-2"
        >
          Retry
        </button>
      </div>
    );
  }

  const columns = eventColumns(includes);
  const busy = events.isFetching;
  const selectedEvent = selected !== null ? rows[selected] : undefined;
  return (
    <div aria-busy={busy} className="relative space-y-2">
      {busy && (
        <p
          role="status"
          className="absolute -top-6 right-0 flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400"
        >
          <span className="size-2 animate-ping rounded-full bg-indigo-500" aria-hidden="true" />
          Updating…
        </p>
      )}
      <EventsPager page={params.page} total={total} window={pw} onPage={onPage} />
      <NewEventsBar
        projectId={projectId}
        newest={rows[0]?.createdAt}
        event={params.event}
        filters={params.filters}
        enabled={props.live === true && showingCurrent}
        busy={busy}
        onShow={() => {
          setSelected(null);
          return showNewEvents(queryClient, projectId);
        }}
      />
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-4 py-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          {pw.pastEnd ? (
            <>
              Page {params.page} is past the last page ({pw.pages}).{' '}
              <button
                type="button"
                onClick={() => onPage(pw.pages)}
                className="font-medium text-indigo-700 underline dark:text-indigo-300"
              >
                Go to the last page
              </button>
            </>
          ) : (
            props.emptyText
          )}
        </div>
      ) : (
        <div
          ref={scroller}
          className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 dark:border-slate-700"
        >
          <table
            aria-label="Events"
            aria-rowcount={rows.length + 1}
            className="w-full min-w-max border-collapse text-sm"
          >
            <thead className="sticky top-0 z-10 bg-slate-50 dark:bg-slate-800">
              <tr style={{ height: HEADER_HEIGHT }}>
                {columns.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className="whitespace-nowrap px-3 text-left text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400"
                  >
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {w.padTop > 0 && <tr aria-hidden="true" style={{ height: w.padTop }} />}
              {rows.slice(w.start, w.end).map((event, i) => {
                const index = w.start + i;
                return (
                  <tr
                    key={event.id}
                    data-row={index}
                    aria-rowindex={index + 2}
                    tabIndex={0}
                    aria-label={`${event.name} at ${eventCell(event, 'createdAt', timeZone).text}, open details`}
                    onClick={() => setSelected(index)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        setSelected(index);
                      }
                    }}
                    style={{ height: ROW_HEIGHT }}
                    className="cursor-pointer border-t border-slate-100 hover:bg-indigo-50/60 focus:bg-indigo-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 dark:border-slate-800 dark:hover:bg-slate-800/70 dark:focus:bg-slate-800"
                  >
                    {columns.map((c) => {
                      const cell = eventCell(event, c.key, timeZone);
                      return (
                        <td
                          key={c.key}
                          title={cell.title}
                          className="max-w-[16rem] truncate whitespace-nowrap px-3"
                        >
                          {cell.text}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              {w.padBottom > 0 && <tr aria-hidden="true" style={{ height: w.padBottom }} />}
            </tbody>
          </table>
        </div>
      )}
      {selectedEvent && selected !== null && (
        <EventDrawer
          projectId={projectId}
          event={selectedEvent}
          index={selected}
          count={rows.length}
          timeZone={timeZone}
          canMark={props.canMark}
          csrfToken={props.csrfToken}
          onNavigate={(i) => {
            setSelected(i);
            scrollToRow(i);
          }}
          onClose={close}
          onAddFilter={(filter) => {
            setSelected(null);
            props.onAddFilter(filter);
          }}
        />
      )}
    </div>
  );
}
