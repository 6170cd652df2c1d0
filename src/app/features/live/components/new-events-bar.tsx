import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Filter } from '../../../../contract/openpanel-common.ts';
import { newEventsCountQuery } from '../api/new-events-count-query.ts';
import { newEventsText } from '../live-labels.ts';

interface NewEventsBarProps {
  projectId: string;
  /** `createdAt` of the newest row on screen; nothing to compare with without one. */
  newest: string | undefined;
  event: string | undefined;
  filters: Filter[];
  /** Only while the table shows the newest page of a window that holds now (events-table-is-live.ts). */
  enabled: boolean;
  /** The table is loading: its rows are about to change, so the count no longer applies. */
  busy: boolean;
  /** Loads the newest page; the bar stays (its button disabled) until that is done. */
  onShow: () => Promise<void>;
}

/**
 * "N new events — Show" above the event table: new arrivals are announced instead of pushing the rows
 * the reader is looking at down the page. Show loads the first page again; its newer top row starts a new
 * count (a new query key), which begins at zero.
 */
export function NewEventsBar(props: NewEventsBarProps) {
  const { projectId, newest, event, filters, busy, onShow } = props;
  const active = props.enabled && newest !== undefined;
  const count = useQuery({
    ...newEventsCountQuery(projectId, { since: newest ?? '', event, filters }),
    enabled: active,
  });
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const n = active && !busy && !count.isError ? count.data.count : 0;
  const show = () => {
    setPending(true);
    setFailed(false);
    onShow()
      .catch(() => setFailed(true))
      .finally(() => setPending(false));
  };
  // The live region stays mounted so screen readers announce the bar when it appears.
  return (
    <div aria-live="polite">
      {n > 0 && (
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-900 dark:border-indigo-800 dark:bg-indigo-950/50 dark:text-indigo-100">
          <p className="flex items-center gap-2">
            <span className="size-2 rounded-full bg-indigo-500" aria-hidden="true" />
            {newEventsText(n)}
            {failed && (
              <span className="text-red-700 dark:text-red-300">
                — could not load them, try again
              </span>
            )}
          </p>
          <button
            type="button"
            onClick={show}
            disabled={pending}
            className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 disabled:opacity-60 dark:focus-visible:ring-offset-slate-900"
          >
            {pending ? 'Loading…' : 'Show'}
          </button>
        </div>
      )}
    </div>
  );
}
