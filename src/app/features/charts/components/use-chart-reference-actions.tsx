import { Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import type { Reference } from '../../../../contract/bff-api.ts';
import { ApiError } from '../../../api/api-fetch.ts';
import {
  useCreateReference,
  useDeleteReference,
  useUpdateReference,
} from '../../references/api/reference-mutations.ts';
import { UndoToast } from '../../references/components/undo-toast.tsx';
import { bucketStartInstant } from '../marker-drag.ts';
import { DeleteReferenceConfirm, ReferenceEditorDialog } from './on-demand-chart-code.tsx';

interface Toast {
  text: string;
  undo?: () => void;
}

export interface ChartReferenceActions {
  /** Saves a dragged or keyboard-moved marker at the start of `bucket` (text: how the bucket reads). */
  retime: (reference: Reference, bucket: string, bucketText: string) => void;
  edit: (reference: Reference) => void;
  remove: (reference: Reference) => void;
  /** The editor dialog, the delete confirmation and the toast with Undo. */
  overlays: ReactNode;
}

const reason = (error: unknown) =>
  error instanceof ApiError && error.code === 'conflict'
    ? 'a teammate changed it since it was loaded. The chart now shows their version'
    : error instanceof Error
      ? error.message
      : 'the server did not answer';

/**
 * Editing references from the chart, with the References feature's mutations (optimistic, rolled back on
 * failure, refetched after): re-time (PATCH `datetime`, Undo PATCHes the old one back), edit in the shared
 * editor form, delete after a confirmation (Undo recreates it with the same title, description and date).
 * Moves send `expectedUpdatedAt`, so a drag never silently overwrites a teammate's newer edit.
 */
export function useChartReferenceActions(
  projectId: string,
  timeZone: string,
  onDeleted: (reference: Reference) => void,
): ChartReferenceActions {
  const update = useUpdateReference(projectId);
  const destroy = useDeleteReference(projectId);
  const recreate = useCreateReference(projectId);
  const [toast, setToast] = useState<Toast | null>(null);
  const [editing, setEditing] = useState<Reference | null>(null);
  const [deleting, setDeleting] = useState<Reference | null>(null);

  const moveBack = (saved: Reference, datetime: string) => {
    setToast({ text: `Moving “${saved.title}” back…` });
    update.mutate(
      { id: saved.id, patch: { datetime, expectedUpdatedAt: saved.updatedAt } },
      {
        onSuccess: () => setToast({ text: `Moved “${saved.title}” back.` }),
        onError: (error) =>
          setToast({ text: `“${saved.title}” could not be moved back: ${reason(error)}.` }),
      },
    );
  };

  const retime = (reference: Reference, bucket: string, bucketText: string) => {
    const datetime = bucketStartInstant(bucket, timeZone);
    const previous = new Date(reference.date);
    if (datetime === null || Number.isNaN(previous.getTime())) return;
    if (previous.toISOString() === datetime) return;
    setToast({ text: `Moving “${reference.title}” to ${bucketText}…` });
    update.mutate(
      { id: reference.id, patch: { datetime, expectedUpdatedAt: reference.updatedAt } },
      {
        onSuccess: ({ reference: saved }) =>
          setToast({
            text: `Moved “${saved.title}” to ${bucketText}.`,
            undo: () => moveBack(saved, previous.toISOString()),
          }),
        // The mutation has already put the marker back where it was.
        onError: (error) =>
          setToast({
            text: `“${reference.title}” could not be moved: ${reason(error)}. It stays where it was.`,
          }),
      },
    );
  };

  const restore = (reference: Reference) => {
    setToast({ text: `Restoring “${reference.title}”…` });
    recreate.mutate(
      {
        title: reference.title,
        ...(reference.description ? { description: reference.description } : {}),
        datetime: new Date(reference.date).toISOString(),
      },
      {
        onSuccess: () => setToast({ text: `Restored “${reference.title}”.` }),
        onError: (error) =>
          setToast({ text: `“${reference.title}” could not be restored: ${reason(error)}.` }),
      },
    );
  };

  const confirmDelete = (reference: Reference) => {
    setDeleting(null);
    onDeleted(reference);
    destroy.mutate(reference, {
      onSuccess: () =>
        setToast({ text: `Deleted “${reference.title}”.`, undo: () => restore(reference) }),
      onError: (error) =>
        setToast({ text: `“${reference.title}” could not be deleted: ${reason(error)}.` }),
    });
  };

  const overlays = (
    <>
      {toast && (
        <UndoToast text={toast.text} onUndo={toast.undo} onDismiss={() => setToast(null)} />
      )}
      <Suspense fallback={null}>
        {deleting && (
          <DeleteReferenceConfirm
            reference={deleting}
            onConfirm={() => confirmDelete(deleting)}
            onCancel={() => setDeleting(null)}
          />
        )}
        {editing && (
          <ReferenceEditorDialog
            key={editing.id}
            projectId={projectId}
            timeZone={timeZone}
            reference={editing}
            onSaved={(saved) => {
              setEditing(null);
              setToast({ text: `Saved “${saved.title}”.` });
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Suspense>
    </>
  );

  return { retime, edit: setEditing, remove: setDeleting, overlays };
}
