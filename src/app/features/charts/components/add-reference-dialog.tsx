import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { referenceCreateSchema } from '../../../../contract/bff-api.ts';
import type { Reference } from '../../../../contract/bff-api.ts';
import { ApiError } from '../../../api/api-fetch.ts';
import { createReference } from '../api/create-reference.ts';
import { bucketToLocalInput, wallClockInstant } from '../wall-clock-instant.ts';
import { inputClass } from './commit-input.tsx';
import { SlowSaveNotice } from '../../references/components/slow-save-notice.tsx';

interface AddReferenceDialogProps {
  projectId: string;
  csrfToken: string | null;
  timeZone: string;
  /** The clicked chart bucket, a wall-clock string in the organization's zone. */
  bucket: string;
  onClose: () => void;
  onCreated: (reference: Reference) => void;
}

/** "Add reference here": title (required), description, and the bucket's start in the org's zone. */
export function AddReferenceDialog({
  projectId,
  csrfToken,
  timeZone,
  bucket,
  onClose,
  onCreated,
}: AddReferenceDialogProps) {
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    titleRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const description = String(data.get('description') ?? '').trim();
    const parsed = referenceCreateSchema.safeParse({
      title: data.get('title'),
      description: description === '' ? undefined : description,
      datetime: wallClockInstant(String(data.get('datetime') ?? ''), timeZone) ?? '',
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the form.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      const created = await createReference(projectId, parsed.data, csrfToken);
      onCreated(created.reference);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : 'The reference could not be saved.');
      setPending(false);
    }
  };

  return (
    <div
      className="fixed inset-0 z-40 flex items-end justify-center bg-slate-900/40 p-4 sm:items-center"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => void submit(event)}
        className="w-full max-w-sm space-y-3 rounded-2xl border border-slate-200 bg-white p-5 shadow-xl dark:border-slate-700 dark:bg-slate-900"
      >
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Add reference
        </h2>
        <label className="flex flex-col gap-1 text-sm">
          Title
          <input ref={titleRef} name="title" required maxLength={200} className={inputClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Description (optional)
          <textarea name="description" rows={2} maxLength={2000} className={inputClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Date and time ({timeZone})
          <input
            name="datetime"
            type="datetime-local"
            required
            defaultValue={bucketToLocalInput(bucket)}
            className={inputClass}
          />
        </label>
        {error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
        <SlowSaveNotice pending={pending} />
        <div className="flex justify-end gap-2 pt-1">
          <button
            type="button"
            onClick={onClose}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Cancel
          </button>
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-60"
          >
            {pending ? 'Saving…' : 'Save reference'}
          </button>
        </div>
      </form>
    </div>
  );
}
