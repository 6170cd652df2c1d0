import { useQuery } from '@tanstack/react-query';
import { liveVisitorsQuery } from '../api/live-visitors-query.ts';
import { liveVisitorsLabel } from '../live-labels.ts';

/**
 * "● 3 live" in the header: visitors in the last 5 minutes of the project. Decorative extra, so it stays
 * out of the way: nothing while loading, nothing on error (the next poll may bring it back).
 */
export function LiveBadge({ projectId }: { projectId: string }) {
  const live = useQuery(liveVisitorsQuery(projectId));
  if (live.isError || live.data === undefined) return null;
  const { visitors } = live.data;
  const { count, unit, label } = liveVisitorsLabel(visitors);
  return (
    <span
      role="status"
      aria-label={label}
      title={label}
      className="inline-flex shrink-0 items-center gap-1.5 rounded-full border border-slate-200 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-slate-700 dark:border-slate-700 dark:text-slate-200"
    >
      <span
        aria-hidden="true"
        className={`size-2 rounded-full ${visitors > 0 ? 'bg-emerald-500' : 'bg-slate-400 dark:bg-slate-500'}`}
      />
      <span aria-hidden="true">
        {count}
        <span className="max-sm:hidden"> {unit}</span>
      </span>
    </span>
  );
}
