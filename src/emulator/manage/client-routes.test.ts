import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS } from '../store/seed-organization.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import { FOREIGN, insertForeignOrganization } from './foreign-organization-fixture.ts';

// Expected values are worked out by hand from shared/openpanel-api.md §8.3 and §2.1.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HASH = /^[0-9a-f]{32}\.[0-9a-f]{64}$/;
const NOT_FOUND = '{"status":404,"message":"Client not found"}';
type Json = Record<string, unknown>;

describe('manage clients (§8.3)', () => {
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
  const data = async <T = Json>(res: Response) => {
    expect(res.status).toBe(200);
    return ((await res.json()) as { data: T }).data;
  };

  beforeAll(async () => {
    process.env.EMULATOR_LOG_ERRORS = '0';
    emu = await createTestEmulator();
    await insertForeignOrganization(emu.db);
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.ctx.limiter.reset());

  let ciId: string;
  let ciSecret: string;

  it('creates a write client by default, returning the plaintext secret once', async () => {
    setNow('2026-08-03T10:00:00.000Z');
    const res = await send('POST', '/manage/clients', { name: 'CI' });
    const text = await res.clone().text();
    const created = await data(res);
    ciId = created.id as string;
    ciSecret = created.secret as string;
    expect(ciId).toMatch(UUID);
    expect(ciSecret).toMatch(/^sec_[0-9a-f]{20}$/);
    expect(text).toBe(
      `{"data":{"id":"${ciId}","name":"CI","secret":"${ciSecret}","type":"write","projectId":null,` +
        `"organizationId":"org_demo","ignoreCorsAndSecret":false,` +
        `"createdAt":"2026-08-03T10:00:00.000Z","updatedAt":"2026-08-03T10:00:00.000Z"}}`,
    );
    const stored = await data(await emu.get(`/manage/clients/${ciId}`));
    expect(stored.secret).toMatch(HASH);
  });

  it('creates a root client whose secret then authenticates on manage', async () => {
    const root = await data(
      await send('POST', '/manage/clients', { name: 'Ops', type: 'root', projectId: '' }),
    );
    expect(root).toMatchObject({ type: 'root', projectId: null });
    const res = await emu.request('/manage/projects', {
      headers: {
        'openpanel-client-id': root.id as string,
        'openpanel-client-secret': root.secret as string,
      },
    });
    expect(res.status).toBe(200);
  });

  it('binds a client to a project of the organization only', async () => {
    const read = await data(
      await send('POST', '/manage/clients', { name: 'Reader', projectId: 'blog', type: 'read' }),
    );
    expect(read).toMatchObject({ type: 'read', projectId: 'blog' });
    const foreign = await send('POST', '/manage/clients', {
      name: 'x',
      projectId: FOREIGN.projectId,
    });
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toBe('{"status":404,"message":"Project not found"}');
    const badType = await send('POST', '/manage/clients', { name: 'x', type: 'admin' });
    expect(await badType.text()).toBe(
      '{"status":400,"error":"Error","message":"body/type Invalid option: expected one of \\"read\\"|\\"write\\"|\\"root\\""}',
    );
  });

  it('lists the organization’s clients with hashed secrets, optionally by project', async () => {
    const all = await data<Json[]>(await emu.get('/manage/clients'));
    const ids = all.map((c) => c.id);
    expect(ids).toContain(ciId);
    expect(ids).toContain(DEMO_CLIENTS.root.id);
    expect(ids).not.toContain(FOREIGN.clientId);
    for (const c of all) expect(c.secret === null || HASH.test(c.secret as string)).toBe(true);
    const demo = await data<Json[]>(await emu.get('/manage/clients?projectId=demo'));
    expect(demo.map((c) => c.id).sort()).toEqual([DEMO_CLIENTS.read.id, DEMO_CLIENTS.write.id]);
    const foreign = await emu.get(`/manage/clients?projectId=${FOREIGN.projectId}`);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toBe('{"status":404,"message":"Project not found"}');
  });

  it('gets a client; foreign and missing ones are 404, malformed ids 500', async () => {
    expect(await data(await emu.get(`/manage/clients/${DEMO_CLIENTS.read.id}`))).toMatchObject({
      name: 'Demo read',
      type: 'read',
      projectId: 'demo',
    });
    expect(await (await emu.get(`/manage/clients/${FOREIGN.clientId}`)).text()).toBe(NOT_FOUND);
    expect(
      await (await emu.get('/manage/clients/b0000000-0000-4000-8000-000000000000')).text(),
    ).toBe(NOT_FOUND);
    expect((await emu.get('/manage/clients/xyz')).status).toBe(500);
  });

  it('renames only; type is ignored', async () => {
    setNow('2026-08-04T10:00:00.000Z');
    const renamed = await data(
      await send('PATCH', `/manage/clients/${ciId}`, { name: 'CI bot', type: 'root' }),
    );
    expect(renamed).toMatchObject({
      name: 'CI bot',
      type: 'write',
      createdAt: '2026-08-03T10:00:00.000Z',
      updatedAt: '2026-08-04T10:00:00.000Z',
    });
    const empty = await send('PATCH', `/manage/clients/${ciId}`, { name: '' });
    expect(await empty.text()).toBe(
      '{"status":400,"error":"Error","message":"body/name Too small: expected string to have >=1 characters"}',
    );
    expect(await (await send('PATCH', `/manage/clients/${FOREIGN.clientId}`, {})).text()).toBe(
      NOT_FOUND,
    );
  });

  it('hard-deletes: the client is gone and can no longer authenticate', async () => {
    const res = await send('DELETE', `/manage/clients/${ciId}`);
    expect(await res.text()).toBe('{"success":true}');
    expect(await (await emu.get(`/manage/clients/${ciId}`)).text()).toBe(NOT_FOUND);
    const auth = await emu.request('/manage/projects', {
      headers: { 'openpanel-client-id': ciId, 'openpanel-client-secret': ciSecret },
    });
    expect(await auth.text()).toBe(
      '{"error":"Unauthorized","message":"Manage: Invalid client id"}',
    );
  });
});
