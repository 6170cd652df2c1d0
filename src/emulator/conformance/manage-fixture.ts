import type { TestEmulator } from '../testing/test-emulator.ts';

/** Shared pieces of the black-box manage conformance tests (shared/openpanel-api.md §8). */
export const MANAGE_NOW = '2026-08-22T12:00:00.000Z';
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const REFERENCE_KEYS = [
  'id',
  'title',
  'description',
  'date',
  'projectId',
  'createdAt',
  'updatedAt',
];
export const PROJECT_KEYS = [
  'id',
  'name',
  'organizationId',
  'eventsCount',
  'types',
  'domain',
  'cors',
  'crossDomain',
  'allowUnsafeRevenueTracking',
  'filters',
  'deleteAt',
  'createdAt',
  'updatedAt',
];
export const CLIENT_KEYS = [
  'id',
  'name',
  'secret',
  'type',
  'projectId',
  'organizationId',
  'ignoreCorsAndSecret',
  'createdAt',
  'updatedAt',
];

export type ManageData = { data: Record<string, unknown> };

/**
 * One root-client call. The manage limiter allows 20 per 10 s and these files test manage, not §3, so
 * the limiter is reset first.
 */
export async function manageCall(emu: TestEmulator, method: string, path: string, body?: unknown) {
  emu.ctx.limiter.reset();
  const headers: Record<string, string> = emu.as('root');
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await emu.request(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    text,
    json: () => JSON.parse(text),
  };
}
