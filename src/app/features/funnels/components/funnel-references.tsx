import type { Reference } from '../../../../contract/bff-api.ts';

interface FunnelReferencesProps {
  references: readonly Reference[];
  timeZone: string;
  splitAt: string | undefined;
  onSplit: (referenceId: string | undefined) => void;
}

/** The references inside the funnel's window, oldest first, each able to split the funnel before/after it. */
export function FunnelReferences({
  references,
  timeZone,
  splitAt,
  onSplit,
}: FunnelReferencesProps) {
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (
    <ul aria-label="References in this period" className="flex flex-wrap gap-2">
      {references.map((reference) => {
        const active = reference.id === splitAt;
        return (
          <li
            key={reference.id}
            className="flex items-center gap-2 rounded-full border border-amber-300 bg-amber-50 py-1 pr-1 pl-3 text-xs dark:border-amber-800 dark:bg-amber-950/40"
          >
            <span className="text-amber-900 dark:text-amber-200">
              <time dateTime={reference.date}>{when.format(new Date(reference.date))}</time> ·{' '}
              <span className="font-medium">{reference.title}</span>
            </span>
            <button
              type="button"
              aria-pressed={active}
              aria-label={`Split at ${reference.title}`}
              onClick={() => onSplit(active ? undefined : reference.id)}
              className={
                active
                  ? 'rounded-full bg-amber-600 px-2 py-0.5 font-medium text-white focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:outline-none'
                  : 'rounded-full bg-white px-2 py-0.5 font-medium text-amber-800 hover:bg-amber-100 focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:outline-none dark:bg-slate-900 dark:text-amber-200 dark:hover:bg-slate-800'
              }
            >
              {active ? 'Unsplit' : 'Split here'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
