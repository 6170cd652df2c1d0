import { parseRawQuery } from '../http/query-coercion.ts';

/**
 * The optional `?projectId=` of the manage list routes. These routes declare no querystring schema and the
 * manage router does no coercion (shared/openpanel-api.md §1.2), so the handler sees fast-querystring's raw
 * value: an empty string is falsy and means "no filter" (§8.1); a repeated key arrives as an array, which
 * Prisma rejects as a `where.id` value, i.e. a 500.
 */
export function manageProjectFilter(request: Request): string | undefined {
  const value = parseRawQuery(new URL(request.url).search).projectId;
  if (Array.isArray(value)) throw new Error('Invalid `where.id`: expected String, provided List');
  return value ? value : undefined;
}
