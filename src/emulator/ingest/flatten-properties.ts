/** `{…}` or `[…]`: parsed and flattened (§12.12). */
const looksLikeJson = (value: string) =>
  (value.startsWith('{') && value.endsWith('}')) || (value.startsWith('[') && value.endsWith(']'));

/** Starts like JSON but does not end like it: dropped (§12.12). */
const looksLikeBrokenJson = (value: string) =>
  (value.startsWith('{') && !value.endsWith('}')) ||
  (value.startsWith('[') && !value.endsWith(']'));

/** ClickHouse rejects lone UTF-16 surrogates on insert, so the worker keeps only well-formed code points. */
const WELL_FORMED = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\uD800-\uDFFF]/g;
const withoutLoneSurrogates = (value: string) => value.match(WELL_FORMED)?.join('') ?? '';

/**
 * Event properties as the worker stores them (shared/openpanel-api.md §12.12): nested objects and arrays
 * become dotted keys (`items.0.sku`); numbers and booleans become their string forms; `null`, `undefined`
 * and `""` are dropped (checked BEFORE trimming, so `"  "` is kept as `""`); a string shaped like JSON is
 * parsed and flattened, or dropped if it fails to parse or only starts like JSON; other strings are trimmed
 * and cleaned of lone surrogates. Keys are not escaped, so `{"a.b":1}` and `{"a":{"b":1}}` collide and the
 * later one wins, keeping the first one's position.
 */
export function flattenProperties(input: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'object' && value !== null) {
      Object.assign(out, flattenProperties(value as object, `${path}.`));
      continue;
    }
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string') {
      if (looksLikeBrokenJson(value)) continue;
      if (looksLikeJson(value)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(value);
        } catch {
          continue;
        }
        // JSON.parse of `{…}`/`[…]` text always yields an object or an array.
        Object.assign(out, flattenProperties(parsed as object, `${path}.`));
        continue;
      }
      out[path] = withoutLoneSurrogates(value).trim();
      continue;
    }
    out[path] = String(value);
  }
  return out;
}
