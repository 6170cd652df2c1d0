import { Link } from '@tanstack/react-router';
import type { Reference } from '../../../../contract/bff-api.ts';
import { formatInZone } from '../format-in-zone.ts';

interface ReferencePopoverProps {
  projectId: string;
  reference: Reference;
  timeZone: string;
  onClose: () => void;
}

/** The selected reference (`ref` in the URL): details and the entry point to the references page. */
export function ReferencePopover({
  projectId,
  reference,
  timeZone,
  onClose,
}: ReferencePopoverProps) {
  return (
    <aside
      aria-label={`Reference ${reference.title}`}
      className="flex flex-wrap items-start gap-3 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm dark:border-amber-900/60 dark:bg-amber-950/40"
    >
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{reference.title}</p>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {formatInZone(reference.date, timeZone)} ({timeZone})
        </p>
        {reference.description && <p className="mt-1">{reference.description}</p>}
      </div>
      <div className="flex gap-2">
        <Link
          to="/p/$projectId/references"
          params={{ projectId }}
          className="rounded-md bg-amber-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-700 focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:ring-offset-2 focus-visible:outline-none"
        >
          Open
        </Link>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close reference"
          className="rounded-md px-2 py-1.5 text-slate-600 hover:bg-amber-100 focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:outline-none dark:text-slate-300 dark:hover:bg-amber-900/40"
        >
          ×
        </button>
      </div>
    </aside>
  );
}
