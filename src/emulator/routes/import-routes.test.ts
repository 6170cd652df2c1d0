import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CLIENTS } from '../store/seed-organization.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

const post = (emu: TestEmulator, headers: Record<string, string>, body: unknown) =>
  emu.request('/import/events', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const unauthorized = (message: string) => JSON.stringify({ error: 'Unauthorized', message });

// Expectations from shared/openpanel-api.md §13 and §12.12; the clock is 2026-08-22T12:00:00.000Z.
describe('POST /import/events', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await createTestEmulator();
  });
  afterAll(() => emu.close());

  it.each([
    [{}, 'Import: Client ID must be a valid UUIDv4'],
    [
      {
        'openpanel-client-id': 'b0000000-0000-4000-8000-000000000009',
        'openpanel-client-secret': 'x',
      },
      'Import: Invalid client id',
    ],
    [
      {
        'openpanel-client-id': DEMO_CLIENTS.write.id,
        'openpanel-client-secret': DEMO_CLIENTS.write.secret,
      },
      'Import: Client is not allowed to import',
    ],
    [
      { 'openpanel-client-id': DEMO_CLIENTS.read.id, 'openpanel-client-secret': 'wrong' },
      'Import: Invalid client secret',
    ],
  ])('refuses %j with 401', async (headers, message) => {
    const res = await post(emu, headers, []);
    expect(res.status).toBe(401);
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    expect(await res.text()).toBe(unauthorized(message));
  });

  it('stores rows as sent, in the client’s project, with flattened properties and importedAt', async () => {
    const res = await post(emu, emu.as('read'), [
      {
        id: 'imp-1',
        name: 'purchase',
        project_id: 'blog',
        session_id: 'sess-1',
        profile_id: 'user-1',
        created_at: '2026-08-20T10:00:00.750Z',
        properties: { cart: [{ sku: 'A1' }], total: 42, note: '  hi  ', empty: '' },
        city: 'Stockholm',
        longitude: 18.07,
        groups: ['g1'],
        imported_at: '2020-01-01T00:00:00Z',
      },
      { id: 'imp-2', name: 'view', created_at: '2026-08-20T09:00:00+02:00' },
    ]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe('OK');

    const rows = await emu.db.all<Record<string, unknown>>(
      `SELECT id, name, project_id, session_id, profile_id, device_id, properties::VARCHAR AS properties,
              created_at, imported_at, city, longitude, latitude, duration, groups
       FROM events WHERE id LIKE 'imp-%' ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: 'imp-1',
        name: 'purchase',
        project_id: 'demo',
        session_id: 'sess-1',
        profile_id: 'user-1',
        device_id: '',
        properties: '{"cart.0.sku":"A1","total":"42","note":"hi"}',
        // "What is sent is what is stored" (§13): the milliseconds survive.
        created_at: new Date('2026-08-20T10:00:00.750Z'),
        imported_at: new Date('2026-08-22T12:00:00.000Z'),
        city: 'Stockholm',
        longitude: expect.closeTo(18.07, 4),
        latitude: null,
        duration: 0n,
        groups: ['g1'],
      },
      {
        id: 'imp-2',
        name: 'view',
        project_id: 'demo',
        session_id: '',
        profile_id: '',
        device_id: '',
        properties: '{}',
        created_at: new Date('2026-08-20T07:00:00.000Z'),
        imported_at: new Date('2026-08-22T12:00:00.000Z'),
        city: '',
        longitude: null,
        latitude: null,
        duration: 0n,
        groups: [],
      },
    ]);
  });

  it('fails with a plain 500 for a client without a project and for a body that is not an array', async () => {
    vi.stubEnv('EMULATOR_LOG_ERRORS', '0');
    const rootRes = await post(emu, emu.as('root'), [
      { name: 'x', created_at: '2026-08-20T00:00:00Z' },
    ]);
    expect(rootRes.status).toBe(500);
    expect(await rootRes.text()).toBe('Internal server error');
    const badBody = await post(emu, emu.as('read'), { name: 'x' });
    expect(badBody.status).toBe(500);
    expect(await badBody.text()).toBe('Internal server error');
    vi.unstubAllEnvs();
  });
});
