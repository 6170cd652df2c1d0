import type { Reference } from '../../../../contract/bff-api.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';

/** The one question asked before a reference is deleted, from the references page or from a chart. */
export function DeleteReferenceConfirm({
  reference,
  onConfirm,
  onCancel,
}: {
  reference: Reference;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      title={`Delete “${reference.title}”?`}
      message="It disappears from every chart of this project for the whole team. You can undo right after."
      confirmLabel="Delete"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
