import * as z from 'zod/mini';

/**
 * The reference editor's fields, validated by the same schemas in the browser (before any request) and in
 * the BFF (on `POST`/`PATCH /api/projects/:projectId/references`), so both give the same human messages.
 *
 * The form's "when" is what people type: a day (`2026-11-20`, midnight in the organization's zone), a
 * wall-clock time in that zone (`2026-11-20 14:30` or `2026-11-20T14:30:00`), or an instant with an
 * explicit offset (`2026-11-20T14:30+01:00`, `…Z`), as the seed docs promise ("ISO 8601"). The browser
 * turns it into an instant before sending; the BFF receives only `datetime` with an offset, because the
 * upstream runs `new Date(datetime)` and would read a bare day as UTC midnight (openpanel-api.md §8.1).
 */

export const REFERENCE_TITLE_MAX = 200;
export const REFERENCE_DESCRIPTION_MAX = 2000;

export const referenceTitleSchema = z
  .string({ error: 'Give the reference a title' })
  .check(
    z.trim(),
    z.minLength(1, { message: 'Give the reference a title', abort: true }),
    z.maxLength(REFERENCE_TITLE_MAX, `Keep the title under ${REFERENCE_TITLE_MAX} characters`),
  );

export const referenceDescriptionSchema = z
  .string({ error: 'Write the description as text' })
  .check(
    z.maxLength(
      REFERENCE_DESCRIPTION_MAX,
      `Keep the description under ${REFERENCE_DESCRIPTION_MAX} characters`,
    ),
  );

/** What the BFF sends upstream: an instant with an offset, never a bare day or wall-clock time. */
export const referenceDatetimeSchema = z.iso.datetime({
  offset: true,
  message: 'Pick a date and time',
});

/** `yyyy-MM-dd`, optionally `[T ]HH:mm[:ss[.SSS]]`, optionally `Z` or `±HH[:]mm`. */
export const REFERENCE_WHEN_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** True for a syntactically valid `when` naming a real calendar day and clock time. */
export function isRealReferenceWhen(text: string): boolean {
  const m = REFERENCE_WHEN_PATTERN.exec(text.trim());
  if (!m) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0', , offset] = m;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (Number(d) < 1 || Number(d) > daysInMonth(Number(y), month)) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return false;
  if (offset && offset !== 'Z') {
    const digits = offset.replace(':', '');
    if (Number(digits.slice(1, 3)) > 14 || Number(digits.slice(3, 5)) > 59) return false;
  }
  return true;
}

export const referenceWhenSchema = z.string({ error: 'Pick a date' }).check(
  z.trim(),
  // Each check stops the chain, so a field gets exactly one message.
  z.minLength(1, { message: 'Pick a date', abort: true }),
  z.refine((text: string) => REFERENCE_WHEN_PATTERN.test(text), {
    message: 'Use a date like 2026-11-20, optionally with a time (14:30) or an offset (+01:00)',
    abort: true,
  }),
  z.refine(isRealReferenceWhen, { message: 'That date or time does not exist' }),
);

/** The editor form as typed (before the browser resolves `when` in the organization's zone). */
export const referenceFormSchema = z.object({
  title: referenceTitleSchema,
  description: referenceDescriptionSchema,
  when: referenceWhenSchema,
});
export type ReferenceForm = z.infer<typeof referenceFormSchema>;
export type ReferenceFormInput = z.input<typeof referenceFormSchema>;
