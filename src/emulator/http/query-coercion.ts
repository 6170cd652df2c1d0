/**
 * The export and insights routers decode query strings in two steps (shared/openpanel-api.md §1.2):
 * Fastify's fast-querystring (repeated keys become arrays, `+` is a space, no bracket syntax), then a
 * `preValidation` hook that coerces every value. Reproducing both is what makes `profileId=12345` fail
 * with "expected string, received number" exactly like the real server.
 */
export type RawQuery = Record<string, string | string[]>;

export function parseRawQuery(search: string): RawQuery {
  const query: RawQuery = {};
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text === '') return query;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq === -1 ? part : part.slice(0, eq));
    const value = eq === -1 ? '' : safeDecode(part.slice(eq + 1));
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[key] = [existing, value];
  }
  return query;
}

function safeDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

const NUMERIC = /^-?[0-9]+(\.[0-9]+)?$/;

/** Coerces one value: numbers, booleans, then anything JSON.parse accepts — except the literal `null`. */
export function coerceQueryValue(value: string): unknown {
  if (NUMERIC.test(value)) return Number(value);
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'null') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function coerceQuery(raw: RawQuery): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    out[key] = Array.isArray(value) ? value.map(coerceQueryValue) : coerceQueryValue(value);
  }
  return out;
}
