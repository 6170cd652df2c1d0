import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import { FOREIGN, insertForeignOrganization } from './foreign-organization-fixture.ts';

// Expected values are worked out by hand from shared/openpanel-api.md §8.2 and §8.4.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PROJECT_KEYS = [
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
type Json = Record<string, unknown>;

describe('manage projects (§8.2) and dashboards (§8.4)', () => {
  let emu: TestEmulator;
  const setNow = (iso: string) => {
    emu.ctx.now = () => new Date(iso);
  };
  const send = (method: string, path: string, body?: unknown) =>
    emu.request(path, {
      method,
      headers: {
        ...emu.as('root'),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const data = async (res: Response) => {
    expect(res.status).toBe(200);
    return ((await res.json()) as { data: Json }).data;
  };

  beforeAll(async () => {
    emu = await createTestEmulator();
    await insertForeignOrganization(emu.db);
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.ctx.limiter.reset());

  it('creates a project with a slug id, stripped slashes and a first write client', async () => {
    setNow('2026-08-05T10:00:00.000Z');
    const created = await data(
      await send('POST', '/manage/projects', {
        name: 'Acme Shop',
        domain: 'https://acme.com/',
        cors: ['https://acme.com//', 'https://www.acme.com'],
      }),
    );
    expect(Object.keys(created)).toEqual([...PROJECT_KEYS, 'clients', 'client']);
    const client = created.client as { id: string; secret: string };
    expect(client.id).toMatch(UUID);
    expect(client.secret).toMatch(/^sec_[0-9a-f]{20}$/);
    expect(created).toEqual({
      id: 'acme-shop',
      name: 'Acme Shop',
      organizationId: 'org_demo',
      eventsCount: 0,
      types: [],
      domain: 'https://acme.com',
      cors: ['https://acme.com', 'https://www.acme.com'],
      crossDomain: false,
      allowUnsafeRevenueTracking: false,
      filters: [],
      deleteAt: null,
      createdAt: '2026-08-05T10:00:00.000Z',
      updatedAt: '2026-08-05T10:00:00.000Z',
      clients: [{ id: client.id }],
      client: { id: client.id, secret: client.secret },
    });
    const clients = (await data(await emu.get('/manage/clients?projectId=acme-shop'))) as unknown;
    expect(clients).toEqual([
      expect.objectContaining({
        id: client.id,
        name: 'First client',
        type: 'write',
        projectId: 'acme-shop',
      }),
    ]);
  });

  it('stores "" and null domains as null and keeps the given types and crossDomain', async () => {
    setNow('2026-08-06T10:00:00.000Z');
    const empty = await data(
      await send('POST', '/manage/projects', {
        name: 'App One',
        domain: '',
        types: ['app', 'backend'],
      }),
    );
    expect(empty).toMatchObject({ id: 'app-one', domain: null, types: ['app', 'backend'] });
    const nulled = await data(
      await send('POST', '/manage/projects', { name: 'App Two', domain: null, crossDomain: true }),
    );
    expect(nulled).toMatchObject({ id: 'app-two', domain: null, crossDomain: true, cors: [] });
  });

  it('appends -NNNN when the slug is taken', async () => {
    const created = await data(await send('POST', '/manage/projects', { name: 'Demo' }));
    expect(created.id).toMatch(/^demo-[0-9]{4}$/);
    expect(created.name).toBe('Demo');
  });

  it('validates the body with the server’s messages', async () => {
    const cases: [unknown, string][] = [
      [{ name: '' }, 'body/name Too small: expected string to have >=1 characters'],
      [{ name: 'x', domain: 'acme' }, 'body/domain Invalid URL'],
      [
        { name: 'x', types: ['web'] },
        'body/types/0 Invalid option: expected one of "website"|"app"|"backend"',
      ],
    ];
    for (const [body, message] of cases) {
      const res = await send('POST', '/manage/projects', body);
      expect(res.status).toBe(400);
      expect(await res.text()).toBe(JSON.stringify({ status: 400, error: 'Error', message }));
    }
  });

  it('gets a project of the organization only', async () => {
    expect(await data(await emu.get('/manage/projects/blog'))).toMatchObject({
      id: 'blog',
      name: 'Company Blog',
    });
    const foreign = await emu.get(`/manage/projects/${FOREIGN.projectId}`);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toBe('{"status":404,"message":"Project not found"}');
  });

  it('patches the given keys only; types cannot change', async () => {
    setNow('2026-08-07T10:00:00.000Z');
    const patched = await data(
      await send('PATCH', '/manage/projects/app-one', {
        name: 'App 1',
        domain: 'https://app.one/',
        allowUnsafeRevenueTracking: true,
        types: ['website'],
      }),
    );
    expect(patched).toMatchObject({
      name: 'App 1',
      domain: 'https://app.one',
      types: ['app', 'backend'],
      allowUnsafeRevenueTracking: true,
      crossDomain: false,
      createdAt: '2026-08-06T10:00:00.000Z',
      updatedAt: '2026-08-07T10:00:00.000Z',
    });
    const cleared = await data(await send('PATCH', '/manage/projects/app-one', { domain: '' }));
    expect(cleared.domain).toBeNull();
    expect(
      (await send('PATCH', `/manage/projects/${FOREIGN.projectId}`, { name: 'x' })).status,
    ).toBe(404);
  });

  it('soft-deletes for 24 h: hidden from the list, still readable, not undone by PATCH', async () => {
    setNow('2026-08-08T10:00:00.000Z');
    const res = await send('DELETE', '/manage/projects/app-two');
    expect(await res.text()).toBe('{"success":true}');
    const listed = (await data(await emu.get('/manage/projects'))) as unknown as Json[];
    expect(listed.map((p) => p.id)).not.toContain('app-two');
    // Newest createdAt first: the seeded projects (2026-08-22) before app-one (08-06) and acme-shop (08-05).
    const order = listed.map((p) => p.id as string);
    expect(order.indexOf('blog')).toBeLessThan(order.indexOf('app-one'));
    expect(order.filter((id) => id === 'app-one' || id === 'acme-shop')).toEqual([
      'app-one',
      'acme-shop',
    ]);
    expect(await data(await emu.get('/manage/projects/app-two'))).toMatchObject({
      deleteAt: '2026-08-09T10:00:00.000Z',
    });
    setNow('2026-08-08T12:00:00.000Z');
    await send('PATCH', '/manage/projects/app-two', { name: 'Still deleted' });
    await send('DELETE', '/manage/projects/app-two');
    expect(await data(await emu.get('/manage/projects/app-two'))).toMatchObject({
      name: 'Still deleted',
      deleteAt: '2026-08-09T12:00:00.000Z',
      updatedAt: '2026-08-08T12:00:00.000Z',
    });
  });

  it('lists dashboards and reports as bare arrays, 403 for a foreign project', async () => {
    const dashboards = await emu.get('/manage/projects/demo/dashboards');
    expect(dashboards.status).toBe(200);
    expect(await dashboards.text()).toBe('[]');
    expect(await (await emu.get('/manage/projects/demo/dashboards/d1/reports')).text()).toBe('[]');
    for (const path of [
      `/manage/projects/${FOREIGN.projectId}/dashboards`,
      '/manage/projects/nope/dashboards/d1/reports',
    ]) {
      const res = await emu.get(path);
      expect(res.status).toBe(403);
      expect(await res.text()).toBe(
        '{"error":"Forbidden","message":"Project does not belong to your organization"}',
      );
    }
    // Auth comes first: a read client gets the 401, not the 403.
    expect((await emu.get(`/manage/projects/${FOREIGN.projectId}/dashboards`, 'read')).status).toBe(
      401,
    );
  });
});
