import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useBlocker } from '@tanstack/react-router';
import type { Reference, ReferencePatch } from '../../../../contract/bff-api.ts';
import { referenceFormSchema } from '../../../../contract/reference-form.ts';
import { ApiError } from '../../../api/api-fetch.ts';
import { useCreateReference, useUpdateReference } from '../api/reference-mutations.ts';
import { getReference } from '../api/reference-requests.ts';
import { referenceWhenText, resolveReferenceWhen, zoneOffsetLabel } from '../reference-when.ts';
import { describeSaveFailure, referenceFieldErrors } from '../reference-save-error.ts';
import type { ReferenceFieldErrors, SaveFailure } from '../reference-save-error.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { SlowSaveNotice } from './slow-save-notice.tsx';
import { SaveProblem } from './save-problem.tsx';
import { fieldClass, primaryButtonClass, secondaryButtonClass } from './reference-styles.ts';

export interface ReferenceEditorFormProps {
  projectId: string;
  /** The organization's zone: a typed day or time without an offset is read in it. */
  timeZone: string;
  /** The reference being edited; absent to create a new one. */
  reference?: Reference;
  /** Pre-filled values for a new reference, e.g. a chart point's instant as `date`. */
  initial?: { title?: string; description?: string; date?: string };
  onSaved: (reference: Reference) => void;
  onCancel: () => void;
}

interface Values {
  title: string;
  description: string;
  when: string;
}

function valuesOf(
  reference: Partial<Pick<Reference, 'title' | 'description' | 'date'>>,
  zone: string,
): Values {
  return {
    title: reference.title ?? '',
    description: reference.description ?? '',
    when: reference.date ? referenceWhenText(reference.date, zone) : '',
  };
}

/**
 * Create or edit one reference. What the user typed stays in the form until the server confirms the save:
 * a failure says what happened and offers Retry; a teammate's newer save (409) offers Reload or Overwrite;
 * leaving the page with unsaved changes asks first.
 */
export function ReferenceEditorForm({
  projectId,
  timeZone,
  reference,
  initial,
  onSaved,
  onCancel,
}: ReferenceEditorFormProps) {
  const id = useId();
  const create = useCreateReference(projectId);
  const update = useUpdateReference(projectId);
  const [base, setBase] = useState<Reference | undefined>(reference);
  const [pristine, setPristine] = useState<Values>(() =>
    valuesOf(reference ?? initial ?? {}, timeZone),
  );
  const [values, setValues] = useState<Values>(pristine);
  const [errors, setErrors] = useState<ReferenceFieldErrors>({});
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const done = useRef(false);

  const dirty =
    values.title !== pristine.title ||
    values.description !== pristine.description ||
    values.when !== pristine.when;

  // Only leaving the page asks: search/filter changes on the same page keep the form mounted.
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) =>
      dirty && !done.current && current.pathname !== next.pathname,
    enableBeforeUnload: () => dirty && !done.current,
    withResolver: true,
  });

  const instant = resolveReferenceWhen(values.when, timeZone);
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(values.when.trim());
  const zoneHint = !instant
    ? timeZone
    : hasOffset
      ? `offset given, that is ${referenceWhenText(instant, timeZone)} in ${timeZone}`
      : `${timeZone} (${zoneOffsetLabel(instant, timeZone)} on that date)`;

  const set = (field: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  async function save(overwrite = false) {
    setFailure(null);
    setConflict(false);
    const parsed = referenceFormSchema.safeParse(values);
    const fieldErrors: ReferenceFieldErrors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof Values;
        fieldErrors[field] ??= issue.message;
      }
      setErrors(fieldErrors);
      return;
    }
    const datetime = resolveReferenceWhen(parsed.data.when, timeZone);
    if (!datetime) {
      setErrors({ when: 'That date or time does not exist' });
      return;
    }
    setSaving(true);
    try {
      let saved: Reference;
      if (base) {
        const patch: ReferencePatch = {};
        if (parsed.data.title !== base.title) patch.title = parsed.data.title;
        const description = parsed.data.description.trim();
        if (description !== (base.description ?? '')) {
          // Cleared → null; the BFF sends "" upstream, which rejects null on PATCH (§8.1).
          patch.description = description === '' ? null : description;
        }
        if (Date.parse(datetime) !== Date.parse(base.date)) patch.datetime = datetime;
        if (!overwrite) patch.expectedUpdatedAt = base.updatedAt;
        saved = (await update.mutateAsync({ id: base.id, patch })).reference;
      } else {
        const description = parsed.data.description.trim();
        saved = (
          await create.mutateAsync({
            title: parsed.data.title,
            ...(description ? { description } : {}),
            datetime,
          })
        ).reference;
      }
      // Set before onSaved, which may navigate away: the saved form must not ask.
      done.current = true;
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setConflict(true);
      } else {
        const mapped = referenceFieldErrors(error);
        if (Object.keys(mapped).length > 0) setErrors(mapped);
        else setFailure(describeSaveFailure(error));
      }
    } finally {
      setSaving(false);
    }
  }

  async function reload() {
    if (!base) return;
    setSaving(true);
    try {
      const { reference: fresh } = await getReference(projectId, base.id);
      const next = valuesOf(fresh, timeZone);
      setBase(fresh);
      setPristine(next);
      setValues(next);
      setConflict(false);
    } catch (error) {
      setFailure(describeSaveFailure(error));
    } finally {
      setSaving(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const described = (field: keyof Values) => (errors[field] ? `${id}-${field}-error` : undefined);
  const fieldError = (field: keyof Values) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={base ? 'Edit reference' : 'New reference'}
      className="space-y-4"
    >
      <div>
        <label htmlFor={`${id}-title`} className="block text-sm font-medium">
          Title
        </label>
        <input
          id={`${id}-title`}
          value={values.title}
          onChange={(e) => set('title')(e.target.value)}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={described('title')}
          placeholder="Launch v2"
          className={`${fieldClass} mt-1`}
          autoFocus
        />
        {fieldError('title')}
      </div>
      <div>
        <label htmlFor={`${id}-description`} className="block text-sm font-medium">
          Description{' '}
          <span className="font-normal text-slate-500 dark:text-slate-400">(optional)</span>
        </label>
        <textarea
          id={`${id}-description`}
          value={values.description}
          onChange={(e) => set('description')(e.target.value)}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={described('description')}
          rows={3}
          className={`${fieldClass} mt-1`}
        />
        {fieldError('description')}
      </div>
      <div>
        <label htmlFor={`${id}-when`} className="block text-sm font-medium">
          Date and time
        </label>
        <input
          id={`${id}-when`}
          value={values.when}
          onChange={(e) => set('when')(e.target.value)}
          aria-invalid={errors.when ? true : undefined}
          aria-describedby={`${id}-when-hint ${described('when') ?? ''}`.trim()}
          placeholder="2026-11-20 14:30"
          inputMode="numeric"
          className={`${fieldClass} mt-1 font-mono`}
        />
        <p id={`${id}-when-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Zone: <span className="font-medium">{zoneHint}</span>. A day alone means midnight; add an
          offset like +01:00 or Z for another zone.
        </p>
        {fieldError('when')}
      </div>

      <SaveProblem
        failure={failure}
        conflict={conflict}
        onRetry={() => void save()}
        onReload={() => void reload()}
        onOverwrite={() => void save(true)}
      />

      <SlowSaveNotice pending={saving} />

      <div className="flex flex-wrap justify-end gap-2">
        <button
          type="button"
          onClick={() => (dirty ? setConfirmCancel(true) : onCancel())}
          className={secondaryButtonClass}
        >
          Cancel
        </button>
        <button type="submit" disabled={saving} className={primaryButtonClass}>
          {saving ? 'Saving…' : base ? 'Save changes' : 'Create reference'}
        </button>
      </div>

      {confirmCancel || blocker.status === 'blocked' ? (
        <ConfirmDialog
          title="Discard your changes?"
          message="What you typed in this reference has not been saved."
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          onConfirm={() => {
            if (blocker.status === 'blocked') {
              done.current = true;
              blocker.proceed();
            } else {
              setConfirmCancel(false);
              onCancel();
            }
          }}
          onCancel={() => {
            if (blocker.status === 'blocked') blocker.reset();
            setConfirmCancel(false);
          }}
        />
      ) : null}
    </form>
  );
}
