import { Link } from '@tanstack/react-router';
import type { Reference } from '../../../../contract/bff-api.ts';
import { formatInZone } from '../../charts/format-in-zone.ts';
import { referencePermalinkSearch } from '../reference-permalink.ts';
import { linkButtonClass } from './reference-styles.ts';

interface ReferencesTableProps {
  projectId: string;
  timeZone: string;
  rows: Reference[];
  canEdit: boolean;
  onEdit: (reference: Reference) => void;
  onDelete: (reference: Reference) => void;
  onCopyLink: (reference: Reference) => void;
}

const th =
  'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400';
const td = 'px-3 py-2 align-top text-sm';

/** One row per reference; an optimistic row (id `pending-…`) has no actions until the server answers. */
export function ReferencesTable({
  projectId,
  timeZone,
  rows,
  canEdit,
  onEdit,
  onDelete,
  onCopyLink,
}: ReferencesTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
      <table className="min-w-full divide-y divide-slate-200 dark:divide-slate-800">
        <caption className="sr-only">References, dates in {timeZone}</caption>
        <thead className="bg-slate-50 dark:bg-slate-900/60">
          <tr>
            <th scope="col" className={th}>
              Title
            </th>
            <th scope="col" className={`${th} hidden md:table-cell`}>
              Description
            </th>
            <th scope="col" className={`${th} hidden sm:table-cell`}>
              Date ({timeZone})
            </th>
            <th scope="col" className={`${th} hidden lg:table-cell`}>
              Created / updated
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white dark:divide-slate-800 dark:bg-slate-900">
          {rows.map((reference) => {
            const pending = reference.id.startsWith('pending-');
            const description = reference.description ?? '';
            return (
              <tr key={reference.id} aria-busy={pending || undefined}>
                <th scope="row" className={`${td} text-left font-medium`}>
                  {reference.title}
                  {/* The description column is hidden on narrow screens: keep it under the title. */}
                  {description ? (
                    <p className="mt-0.5 font-normal text-slate-600 md:hidden dark:text-slate-400">
                      {description}
                    </p>
                  ) : null}
                  {/* So is the date column below 640 px (the actions need the width). */}
                  <p className="mt-0.5 text-xs font-normal text-slate-500 sm:hidden dark:text-slate-400">
                    {formatInZone(reference.date, timeZone)}
                  </p>
                </th>
                <td
                  className={`${td} hidden max-w-md text-slate-600 md:table-cell dark:text-slate-300`}
                >
                  {description || <span className="text-slate-400 dark:text-slate-500">—</span>}
                </td>
                <td className={`${td} hidden whitespace-nowrap sm:table-cell`}>
                  <time
                    dateTime={reference.date}
                    title={`Your time: ${formatInZone(reference.date, undefined)}`}
                  >
                    {formatInZone(reference.date, timeZone)}
                  </time>
                </td>
                <td
                  className={`${td} hidden whitespace-nowrap text-xs text-slate-500 lg:table-cell dark:text-slate-400`}
                >
                  <div>Created {formatInZone(reference.createdAt, timeZone)}</div>
                  {reference.updatedAt !== reference.createdAt ? (
                    <div>Updated {formatInZone(reference.updatedAt, timeZone)}</div>
                  ) : null}
                </td>
                <td className={`${td} whitespace-nowrap text-right`}>
                  {pending ? (
                    <span className="text-xs text-slate-500 dark:text-slate-400">Saving…</span>
                  ) : (
                    <div className="flex flex-col items-end gap-1 sm:flex-row sm:flex-wrap sm:justify-end">
                      <Link
                        to="/p/$projectId/charts"
                        params={{ projectId }}
                        search={referencePermalinkSearch(reference, timeZone)}
                        className={linkButtonClass}
                        aria-label={`Open “${reference.title}” on the chart`}
                      >
                        Open on chart
                      </Link>
                      <button
                        type="button"
                        className={linkButtonClass}
                        onClick={() => onCopyLink(reference)}
                        aria-label={`Copy link to “${reference.title}”`}
                      >
                        Copy link
                      </button>
                      {canEdit ? (
                        <>
                          <button
                            type="button"
                            className={linkButtonClass}
                            onClick={() => onEdit(reference)}
                            aria-label={`Edit “${reference.title}”`}
                          >
                            Edit
                          </button>
                          <button
                            type="button"
                            className={`${linkButtonClass} text-red-700 dark:text-red-300`}
                            onClick={() => onDelete(reference)}
                            aria-label={`Delete “${reference.title}”`}
                          >
                            Delete
                          </button>
                        </>
                      ) : null}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
