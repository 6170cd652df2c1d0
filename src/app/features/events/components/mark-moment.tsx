import { Link } from '@tanstack/react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExportEvent } from '../../../../contract/openpanel-events.ts';
import { createEventReference } from '../api/create-event-reference.ts';
import { addDays } from '../event-window.ts';
import { formatEventTime } from '../format-event-time.ts';

interface MarkMomentProps {
  projectId: string;
  event: ExportEvent;
  timeZone: string;
  csrfToken: string | null;
}

/**
 * "Mark this moment": a reference at the event's time, titled with its name, then a link to the charts
 * page showing this event around that day with the new reference selected.
 */
export function MarkMoment({ projectId, event, timeZone, csrfToken }: MarkMomentProps) {
  const queryClient = useQueryClient();
  const mark = useMutation({
    mutationFn: () => createEventReference(projectId, event, event.name, csrfToken),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['references', projectId] }),
  });
  const day = formatEventTime(event.createdAt, timeZone).slice(0, 10);
  const created = mark.data?.reference;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {created ? (
        <>
          <span role="status" className="text-emerald-700 dark:text-emerald-400">
            Marked “{created.title}”.
          </span>
          <Link
            to="/p/$projectId/charts"
            params={{ projectId }}
            search={{
              series: [{ name: event.name }],
              from: addDays(day, -1),
              to: addDays(day, 1),
              interval: 'hour',
              ref: created.id,
            }}
            className="font-medium text-indigo-700 underline hover:text-indigo-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:text-indigo-300"
          >
            See it on the chart
          </Link>
        </>
      ) : (
        <button
          type="button"
          disabled={mark.isPending}
          onClick={() => mark.mutate()}
          className="rounded-md bg-indigo-600 px-3 py-1 font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 disabled:opacity-60"
        >
          {mark.isPending ? 'Marking…' : 'Mark this moment'}
        </button>
      )}
      {mark.isError && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          Could not mark: {mark.error.message}
        </span>
      )}
    </div>
  );
}
