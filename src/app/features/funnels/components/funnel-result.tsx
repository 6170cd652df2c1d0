import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { funnelQuery } from '../api/funnel-query.ts';
import { funnelStepFigures } from '../funnel-step-figures.ts';
import type { FunnelFigures } from '../funnel-step-figures.ts';
import { FunnelBars } from './funnel-bars.tsx';
import { FunnelHeadline } from './funnel-headline.tsx';
import { FunnelLoadError } from './funnel-load-error.tsx';

interface FunnelResultProps {
  projectId: string;
  /** The BFF query string of this funnel run. */
  search: string;
  unitLabel: string;
  /** Why an empty funnel is empty, in the user's words (window, first step). */
  emptyText: string;
  /** A second run over another window, drawn as a second bar per step. */
  comparison?: { search: string; label: string; shortLabel: string } | undefined;
  /** Extra controls that need the loaded data (CSV, share). */
  actions?: (funnel: FunnelFigures, comparison: FunnelFigures | undefined) => ReactNode;
  label: string;
  /** Read-only share link: sent as `x-share-token` (the BFF grants the token's own `search` only). */
  shareToken?: string | undefined;
}

/**
 * One independent funnel widget: its own query (plus the comparison's), a skeleton on first load only,
 * the previous bars kept with a busy indicator while a new request runs, an error panel with Retry, and
 * an empty state that says why.
 */
export function FunnelResult(props: FunnelResultProps) {
  const { projectId, search, unitLabel, emptyText, comparison, actions, label, shareToken } = props;
  const funnel = useQuery(funnelQuery(projectId, search, shareToken));
  const previous = useQuery({
    ...funnelQuery(projectId, comparison?.search ?? '', shareToken),
    enabled: comparison !== undefined,
  });

  if (funnel.isPending) {
    return (
      <div
        role="status"
        aria-label={`Loading ${label}`}
        className="h-56 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800"
      />
    );
  }
  if (funnel.isError) {
    return (
      <FunnelLoadError error={funnel.error} what="funnel" onRetry={() => void funnel.refetch()} />
    );
  }

  const busy = funnel.isFetching || (comparison !== undefined && previous.isFetching);
  // The figures are recomputed from the counts by the one pure module (§7.2 rules), so every view (bars,
  // comparison, CSV) rounds and picks the highest drop-off the same way, whichever upstream answered.
  const figures = funnelStepFigures(funnel.data.steps);
  const compared =
    comparison && previous.data && !previous.isPlaceholderData
      ? funnelStepFigures(previous.data.steps)
      : undefined;
  return (
    <div aria-busy={busy} aria-label={label} role="group" className="relative space-y-4">
      {busy && (
        <p
          role="status"
          className="absolute -top-1 right-0 flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400"
        >
          <span className="size-2 animate-ping rounded-full bg-indigo-500" aria-hidden="true" />
          Updating…
        </p>
      )}
      {actions?.(figures, compared)}
      <FunnelHeadline funnel={figures} previous={compared} unitLabel={unitLabel} />
      {comparison && previous.isError && (
        <FunnelLoadError
          compact
          error={previous.error}
          what={comparison.label.toLowerCase()}
          onRetry={() => void previous.refetch()}
        />
      )}
      {figures.total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          {emptyText}
        </p>
      ) : (
        <FunnelBars
          steps={figures.steps}
          unitLabel={unitLabel}
          comparison={
            compared && comparison
              ? {
                  label: comparison.label,
                  shortLabel: comparison.shortLabel,
                  steps: compared.steps,
                }
              : undefined
          }
        />
      )}
    </div>
  );
}
