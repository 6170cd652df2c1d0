/**
 * Reference and client ids are Postgres `uuid` columns (Prisma `@db.Uuid`). Prisma parses the value before
 * querying and rejects a malformed one with a known request error, which the manage handlers do not catch:
 * the answer is a 500, not a 404 (shared/openpanel-api.md §8). The parser accepts the usual spellings
 * (hyphenated, 32 hex digits, braced, `urn:uuid:`, any case), all of which name the same lowercase id.
 */
const HYPHENATED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SIMPLE = /^[0-9a-f]{32}$/;

/** The canonical lowercase form, or a plain Error (→ 500 `Internal server error`). */
export function parsePostgresUuid(raw: string): string {
  let text = raw.toLowerCase();
  if (text.startsWith('urn:uuid:')) text = text.slice('urn:uuid:'.length);
  else if (text.startsWith('{') && text.endsWith('}')) text = text.slice(1, -1);
  if (HYPHENATED.test(text)) return text;
  if (SIMPLE.test(text)) {
    return [0, 8, 12, 16, 20].map((at, i, all) => text.slice(at, all[i + 1] ?? 32)).join('-');
  }
  throw new Error(`Inconsistent column data: Error creating UUID from ${JSON.stringify(raw)}`);
}
