import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/** shared/openpanel-api.md §13 (`POST /import/events`), black-box. Clock: 2026-08-22T12:00:00.000Z. */
let emu: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator();
});
afterAll(() => emu.close());

const post = (body: unknown, headers: Record<string, string>) =>
  emu.request('/import/events', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('§13 import', () => {
  it('stores rows as sent into the client project: plain-text OK, importedAt, flattened properties', async () => {
    const res = await post(
      [
        {
          id: 'i1',
          name: 'imp',
          created_at: '2026-08-22T11:00:00.250Z',
          device_id: 'd9',
          profile_id: 'd9',
          session_id: 'sx',
          project_id: 'blog',
          country: 'SE',
          properties: { a: { b: 1 }, ok: true },
          imported_at: '2020-01-01T00:00:00Z',
        },
      ],
      emu.as('read'),
    );
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([
      200,
      'text/plain; charset=utf-8',
      'OK',
    ]);
    const list = await emu.get('/export/events?includes=importedAt,properties', 'read');
    const body = (await list.json()) as { data: Record<string, unknown>[] };
    // No session_start is added: exactly one event.
    expect(body.data).toEqual([
      {
        id: 'i1',
        name: 'imp',
        deviceId: 'd9',
        profileId: 'd9',
        projectId: 'demo',
        sessionId: 'sx',
        properties: { 'a.b': '1', ok: 'true' },
        createdAt: '2026-08-22T11:00:00.250Z',
        country: 'SE',
        city: '',
        os: '',
        browser: '',
        path: '',
        importedAt: '2026-08-22T12:00:00.000Z',
        groups: [],
      },
    ]);
  });

  it('auth uses the Import: prefix; write clients may not import', async () => {
    const write = await post([], emu.as('write'));
    expect([write.status, await write.text()]).toEqual([
      401,
      '{"error":"Unauthorized","message":"Import: Client is not allowed to import"}',
    ]);
    const none = await post([], {});
    expect(await none.text()).toBe(
      '{"error":"Unauthorized","message":"Import: Client ID must be a valid UUIDv4"}',
    );
  });

  it('a client with no project is a plain-text 500', async () => {
    const res = await post([{ name: 'x', created_at: '2026-08-22T11:00:00Z' }], emu.as('root'));
    expect([res.status, await res.text()]).toEqual([500, 'Internal server error']);
  });
});
