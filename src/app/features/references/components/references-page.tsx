import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Reference } from '../../../../contract/bff-api.ts';
import { ApiError } from '../../../api/api-fetch.ts';
import { referencesQuery } from '../api/references-query.ts';
import { useCreateReference, useDeleteReference } from '../api/reference-mutations.ts';
import { referencePermalink } from '../reference-permalink.ts';
import type { ReferencesSearch } from '../references-search.ts';
import { visibleReferences } from '../visible-references.ts';
import { DeleteReferenceConfirm } from './delete-reference-confirm.tsx';
import { UndoToast } from './undo-toast.tsx';
import { ReferenceEditorDialog } from './reference-editor-dialog.tsx';
import { primaryButtonClass, secondaryButtonClass } from './reference-styles.ts';
import { ReferencesTable } from './references-table.tsx';
import { ReferencesToolbar } from './references-toolbar.tsx';

interface ReferencesPageProps {
  projectId: string;
  timeZone: string;
  search: ReferencesSearch;
  notices: string[];
  canEdit: boolean;
  onSearchChange: (next: ReferencesSearch) => void;
}

type Editing = { kind: 'new' } | { kind: 'edit'; reference: Reference } | null;
type Toast = { kind: 'deleted'; reference: Reference } | { kind: 'info'; text: string } | null;

/** The project's references: fetched once, searched/filtered/sorted in the browser (§8.1 has no paging). */
export function ReferencesPage({
  projectId,
  timeZone,
  search,
  notices,
  canEdit,
  onSearchChange,
}: ReferencesPageProps) {
  const list = useQuery({ ...referencesQuery(projectId), placeholderData: keepPreviousData });
  const remove = useDeleteReference(projectId);
  const recreate = useCreateReference(projectId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Reference | null>(null);
  const [toast, setToast] = useState<Toast>(null);

  const all = list.data?.references ?? [];
  const rows = visibleReferences(all, search, timeZone);
  const filtered = Boolean(search.q || search.from || search.to);
  const busy = list.isFetching && !list.isPending;

  const confirmDelete = (reference: Reference) => {
    setDeleting(null);
    remove.mutate(reference, {
      onSuccess: () => setToast({ kind: 'deleted', reference }),
      onError: (error) =>
        setToast({
          kind: 'info',
          text: `“${reference.title}” could not be deleted: ${error.message}`,
        }),
    });
  };

  // Undo recreates it: same title, description and date (the server gives it a new id).
  const undo = (reference: Reference) => {
    setToast(null);
    recreate.mutate(
      {
        title: reference.title,
        ...(reference.description ? { description: reference.description } : {}),
        datetime: reference.date,
      },
      {
        onSuccess: () => setToast({ kind: 'info', text: `Restored “${reference.title}”.` }),
        onError: (error) =>
          setToast({
            kind: 'info',
            text: `“${reference.title}” could not be restored: ${error.message}`,
          }),
      },
    );
  };

  const copyLink = (reference: Reference) => {
    const url = `${window.location.origin}${referencePermalink(projectId, reference, timeZone)}`;
    const done = () => setToast({ kind: 'info', text: `Link to “${reference.title}” copied.` });
    const failed = () => setToast({ kind: 'info', text: `Copy this link: ${url}` });
    if (!navigator.clipboard) failed();
    else navigator.clipboard.writeText(url).then(done, failed);
  };

  return (
    <section aria-labelledby="page-title" className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="page-title" className="text-2xl font-bold tracking-tight">
            References
          </h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Markers drawn on every chart of this project. Dates in {timeZone}.
          </p>
        </div>
        {canEdit ? (
          <button
            type="button"
            className={primaryButtonClass}
            onClick={() => setEditing({ kind: 'new' })}
          >
            New reference
          </button>
        ) : null}
      </header>

      {notices.length > 0 ? (
        <div
          role="note"
          className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          {notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      ) : null}

      <ReferencesToolbar search={search} timeZone={timeZone} onChange={onSearchChange} />

      <div aria-busy={busy} className="relative space-y-2">
        {busy ? (
          <p
            role="status"
            className="absolute -top-5 right-0 flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400"
          >
            <span className="size-2 animate-ping rounded-full bg-indigo-500" aria-hidden="true" />
            Updating…
          </p>
        ) : null}
        {list.isPending ? (
          <div aria-label="Loading references" className="space-y-2">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className="h-10 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
            ))}
          </div>
        ) : list.isError && !list.data ? (
          <div
            role="alert"
            className="rounded-xl border border-red-200 bg-red-50 p-5 text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
          >
            <h2 className="font-semibold">The references could not be loaded</h2>
            <p className="mt-1 text-sm">
              {list.error instanceof ApiError ? list.error.message : 'Something went wrong.'}
            </p>
            <button
              type="button"
              onClick={() => void list.refetch()}
              className={`${secondaryButtonClass} mt-3`}
            >
              Retry
            </button>
          </div>
        ) : rows.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 px-4 py-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            {all.length === 0 ? (
              <p>
                This project has no references yet.{' '}
                {canEdit
                  ? 'Create one to mark a launch or a campaign on its charts.'
                  : 'Editors can add them.'}
              </p>
            ) : (
              <>
                <p>
                  No reference matches {filtered ? 'this search and these dates' : 'the filters'}.
                </p>
                <button
                  type="button"
                  className={`${secondaryButtonClass} mt-3`}
                  onClick={() => onSearchChange({ sort: search.sort })}
                >
                  Clear search and dates
                </button>
              </>
            )}
          </div>
        ) : (
          <>
            <ReferencesTable
              projectId={projectId}
              timeZone={timeZone}
              rows={rows}
              canEdit={canEdit}
              onEdit={(reference) => setEditing({ kind: 'edit', reference })}
              onDelete={setDeleting}
              onCopyLink={copyLink}
            />
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {rows.length === all.length
                ? `${all.length} references`
                : `${rows.length} of ${all.length} references`}
            </p>
          </>
        )}
      </div>

      {toast ? (
        <UndoToast
          text={toast.kind === 'deleted' ? `Deleted “${toast.reference.title}”.` : toast.text}
          onUndo={toast.kind === 'deleted' ? () => undo(toast.reference) : undefined}
          onDismiss={() => setToast(null)}
        />
      ) : null}

      {deleting ? (
        <DeleteReferenceConfirm
          reference={deleting}
          onConfirm={() => confirmDelete(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}

      {editing ? (
        <ReferenceEditorDialog
          key={editing.kind === 'edit' ? editing.reference.id : 'new'}
          projectId={projectId}
          timeZone={timeZone}
          reference={editing.kind === 'edit' ? editing.reference : undefined}
          onSaved={(reference) => {
            setEditing(null);
            setToast({ kind: 'info', text: `Saved “${reference.title}”.` });
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
