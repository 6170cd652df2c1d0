import { Link } from '@tanstack/react-router';
import type { Reference } from '../../../../contract/bff-api.ts';
import { formatInZone } from '../format-in-zone.ts';

interface ReferencePopoverProps {
  projectId: string;
  reference: Reference;
  timeZone: string;
  /** Editors see Edit and Delete; viewers and share links only read. */
  canEdit: boolean;
  /** Off on a share link: its visitor has no access to the project's references page. */
  linkToList: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onClose: () => void;
}

const buttonClass =
  'rounded-md px-3 py-1.5 text-sm font-medium focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none dark:focus-visible:ring-offset-slate-900';

/**
 * The selected reference (`ref` in the URL): title, description and date in the organization's zone (the
 * viewer's own local time on hover), with Edit and Delete for editors and a link to the references page.
 */
export function ReferencePopover({
  projectId,
  reference,
  timeZone,
  canEdit,
  linkToList,
  onEdit,
  onDelete,
  onClose,
}: ReferencePopoverProps) {
  const local = formatInZone(reference.date, Intl.DateTimeFormat().resolvedOptions().timeZone);
  return (
    <aside
      aria-label={`Reference ${reference.title}`}
      className="flex flex-wrap items-start gap-3 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm dark:border-amber-900/60 dark:bg-amber-950/40"
    >
      <div className="min-w-0 flex-1">
        <p className="font-semibold break-words">{reference.title}</p>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          <time dateTime={reference.date} title={`Your local time: ${local}`}>
            {formatInZone(reference.date, timeZone)}
          </time>{' '}
          ({timeZone})
        </p>
        {reference.description && <p className="mt-1 break-words">{reference.description}</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        {canEdit && (
          <>
            <button
              type="button"
              onClick={onEdit}
              className={`${buttonClass} bg-amber-600 text-white hover:bg-amber-700 focus-visible:ring-amber-500`}
            >
              Edit
            </button>
            <button
              type="button"
              onClick={onDelete}
              className={`${buttonClass} border border-red-300 text-red-700 hover:bg-red-50 focus-visible:ring-red-500 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950/40`}
            >
              Delete
            </button>
          </>
        )}
        {linkToList && (
          <Link
            to="/p/$projectId/references"
            params={{ projectId }}
            className={`${buttonClass} text-amber-800 hover:underline focus-visible:ring-amber-500 dark:text-amber-200`}
          >
            All references
          </Link>
        )}
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
