import type { Reference } from '../../../../contract/bff-api.ts';
import type { FunnelViewState } from '../../../../contract/funnel-view-state.ts';
import { funnelApiSearch } from '../api/funnel-query.ts';
import type { FunnelWindow } from '../funnel-windows.ts';
import { windowLabel } from '../window-label.ts';
import { FunnelResult } from './funnel-result.tsx';

interface FunnelSplitProps {
  projectId: string;
  state: FunnelViewState;
  reference: Reference;
  halves: { before: FunnelWindow; after: FunnelWindow };
  timeZone: string;
  unitLabel: string;
}

/** The funnel over equal-length windows before and after a reference, side by side ("after" vs "before"). */
export function FunnelSplit({
  projectId,
  state,
  reference,
  halves,
  timeZone,
  unitLabel,
}: FunnelSplitProps) {
  const before = funnelApiSearch(state, halves.before);
  const after = funnelApiSearch(state, halves.after);
  const first = state.steps[0]?.name ?? '';
  const column = (title: string, window: FunnelWindow, search: string, versus?: string) => (
    <section
      aria-label={`${title} ${reference.title}`}
      className="min-w-0 rounded-xl border border-slate-200 p-3 dark:border-slate-700"
    >
      <h3 className="text-sm font-semibold">
        {title} “{reference.title}”
      </h3>
      <p className="mb-3 text-xs text-slate-500 dark:text-slate-400">
        {windowLabel(window, timeZone)}
      </p>
      <FunnelResult
        label={`${title} ${reference.title}`}
        projectId={projectId}
        search={search}
        unitLabel={unitLabel}
        emptyText={`No ${unitLabel} started with “${first}” in this window.`}
        comparison={
          versus
            ? { search: versus, label: `Before “${reference.title}”`, shortLabel: 'Before' }
            : undefined
        }
      />
    </section>
  );
  return (
    <div className="mb-6 grid gap-4 lg:grid-cols-2">
      {column('Before', halves.before, before)}
      {column('After', halves.after, after, before)}
    </div>
  );
}
