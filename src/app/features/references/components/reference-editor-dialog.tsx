import { useId } from 'react';
import { ReferenceEditorForm } from './reference-editor-form.tsx';
import type { ReferenceEditorFormProps } from './reference-editor-form.tsx';

/** The editor form in a modal panel (full width at 390 px, a centred card on larger screens). */
export function ReferenceEditorDialog(props: ReferenceEditorFormProps) {
  const id = useId();
  return (
    <div className="fixed inset-0 z-40 flex items-end justify-center overflow-y-auto bg-slate-900/40 p-3 sm:items-center sm:p-4">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id={`${id}-title`} className="mb-3 text-lg font-semibold">
          {props.reference ? 'Edit reference' : 'New reference'}
        </h2>
        <ReferenceEditorForm {...props} />
      </div>
    </div>
  );
}
