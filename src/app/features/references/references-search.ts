import * as z from 'zod/mini';

/**
 * The References page's URL state: `?q=launch&from=2026-11-01&to=2026-11-30&sort=created-desc`.
 * `from`/`to` are inclusive days in the organization's zone. Tolerant: a part that cannot be read is
 * dropped (the page shows everything for it) and `referencesSearchNotices` says what was ignored.
 */

export const referencesSortSchema = z.enum([
  'date-desc',
  'date-asc',
  'created-desc',
  'created-asc',
]);
export type ReferencesSort = z.infer<typeof referencesSortSchema>;

export const REFERENCES_SORT_LABELS: Record<ReferencesSort, string> = {
  'date-desc': 'Date, newest first',
  'date-asc': 'Date, oldest first',
  'created-desc': 'Created, newest first',
  'created-asc': 'Created, oldest first',
};

// TanStack Router parses `q=2026` into a number: a search for digits is still a search.
// (zod/mini has no `preprocess`: a transform piped into the schema is what classic zod builds for it.)
const textParam = z.pipe(
  z.transform((value: unknown) => (typeof value === 'number' ? String(value) : value)),
  z.string().check(z.maxLength(200)),
);

export const referencesSearchSchema = z.object({
  q: z.catch(z.optional(textParam), undefined),
  from: z.catch(z.optional(z.iso.date()), undefined),
  to: z.catch(z.optional(z.iso.date()), undefined),
  sort: z.catch(z.optional(referencesSortSchema), undefined),
});
export type ReferencesSearch = z.infer<typeof referencesSearchSchema>;

/** The canonical search: empty values and the default sort are left out of the URL. */
export function readReferencesSearch(raw: Record<string, unknown>): ReferencesSearch {
  const parsed = referencesSearchSchema.parse(raw);
  const out: ReferencesSearch = {};
  if (parsed.q) out.q = parsed.q;
  if (parsed.from) out.from = parsed.from;
  if (parsed.to) out.to = parsed.to;
  if (parsed.sort && parsed.sort !== 'date-desc') out.sort = parsed.sort;
  return out;
}

/** One line per URL part that was ignored, for the page's notice. */
export function referencesSearchNotices(raw: Record<string, unknown>): string[] {
  const parsed = referencesSearchSchema.parse(raw);
  const notices: string[] = [];
  const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  for (const key of ['q', 'from', 'to', 'sort'] as const) {
    if (raw[key] !== undefined && raw[key] !== '' && parsed[key] === undefined) {
      const why =
        key === 'sort' ? 'not a known sort' : key === 'q' ? 'not text' : 'not a yyyy-MM-dd date';
      notices.push(`Ignored ${key} “${shown(raw[key])}” (${why})`);
    }
  }
  return notices;
}
