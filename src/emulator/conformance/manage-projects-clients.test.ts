import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOREIGN, insertForeignOrganization } from '../manage/foreign-organization-fixture.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import {
  CLIENT_KEYS,
  JSON_CONTENT_TYPE as JSON_TYPE,
  MANAGE_NOW as NOW,
  manageCall,
  PROJECT_KEYS,
  type ManageData as Data,
} from './manage-fixture.ts';

/** shared/openpanel-api.md §8.2–§8.4 (projects, clients, dashboards), black-box. Clock: 2026-08-22T12:00:00.000Z. */
let emu: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator();
  await insertForeignOrganization(emu.db);
});
afterAll(() => emu.close());

const call = (method: string, path: string, body?: unknown) => manageCall(emu, method, path, body);

describe('§8.2 projects', () => {
  it('GET list: {data}, key order, newest first', async () => {
    const { data } = (await call('GET', '/manage/projects')).json() as {
      data: Record<string, unknown>[];
    };
    expect(data.map((p) => p.id)).toEqual(['demo', 'blog']);
    expect(Object.keys(data[0]!)).toEqual(PROJECT_KEYS);
  });

  it('POST: slug id, trailing slashes dropped, defaults, clients + client with a plaintext secret', async () => {
    const res = await call('POST', '/manage/projects', {
      name: 'My Shop',
      domain: 'https://x.example/',
      cors: ['https://a.example/'],
    });
    expect(res.status).toBe(200);
    const { data } = res.json() as Data;
    expect(Object.keys(data)).toEqual([...PROJECT_KEYS, 'clients', 'client']);
    const client = data.client as { id: string; secret: string };
    expect(data).toMatchObject({
      id: 'my-shop',
      name: 'My Shop',
      organizationId: 'org_demo',
      types: [],
      domain: 'https://x.example',
      cors: ['https://a.example'],
      crossDomain: false,
      allowUnsafeRevenueTracking: false,
      filters: [],
      deleteAt: null,
      clients: [{ id: client.id }],
    });
    expect(Object.keys(client)).toEqual(['id', 'secret']);
    expect(client.secret).toMatch(/^sec_[0-9a-f]{20}$/);
    // The new client is a write client called "First client"; lists show the scrypt hash.
    const got = (await call('GET', `/manage/clients/${client.id}`)).json() as Data;
    expect(got.data).toMatchObject({ name: 'First client', type: 'write', projectId: 'my-shop' });
    expect(got.data.secret).toMatch(/^[0-9a-f]{32}\.[0-9a-f]{64}$/);
  });

  it('POST: a taken slug gets -NNNN; domain "" is null', async () => {
    const { data } = (
      await call('POST', '/manage/projects', { name: 'My Shop', domain: '' })
    ).json() as Data;
    expect(data.id).toMatch(/^my-shop-[0-9]{4}$/);
    expect(data.domain).toBeNull();
  });

  it('POST: name "" is a 400', async () => {
    expect((await call('POST', '/manage/projects', { name: '' })).text).toBe(
      '{"status":400,"error":"Error","message":"body/name Too small: expected string to have >=1 characters"}',
    );
  });

  it('DELETE is soft (deleteAt = now + 24 h); list hides it, GET by id shows it; PATCH keeps deleteAt', async () => {
    expect((await call('DELETE', '/manage/projects/my-shop')).text).toBe('{"success":true}');
    const { data } = (await call('GET', '/manage/projects')).json() as { data: { id: string }[] };
    expect(data.map((p) => p.id)).not.toContain('my-shop');
    const patched = (
      await call('PATCH', '/manage/projects/my-shop', { name: 'Renamed', types: ['app'] })
    ).json() as Data;
    expect(patched.data).toMatchObject({
      name: 'Renamed',
      types: [],
      deleteAt: '2026-08-23T12:00:00.000Z',
    });
    const got = (await call('GET', '/manage/projects/my-shop')).json() as Data;
    expect(got.data.deleteAt).toBe('2026-08-23T12:00:00.000Z');
    // A soft-deleted project still exists for export (§2.2).
    emu.ctx.limiter.reset();
    expect((await emu.get('/export/events?projectId=my-shop')).status).toBe(200);
  });

  it('a project of another organization is 404 Project not found', async () => {
    expect((await call('GET', `/manage/projects/${FOREIGN.projectId}`)).text).toBe(
      '{"status":404,"message":"Project not found"}',
    );
  });
});

describe('§8.3 clients', () => {
  it('POST returns the plaintext secret once, in Client key order; default type write', async () => {
    const res = await call('POST', '/manage/clients', {
      name: 'CI',
      projectId: 'demo',
      type: 'read',
    });
    const { data } = res.json() as Data;
    expect(Object.keys(data)).toEqual(CLIENT_KEYS);
    expect(data).toMatchObject({
      name: 'CI',
      type: 'read',
      projectId: 'demo',
      organizationId: 'org_demo',
      ignoreCorsAndSecret: false,
      createdAt: NOW,
    });
    expect(data.secret).toMatch(/^sec_[0-9a-f]{20}$/);
    // The plaintext works for export.
    emu.ctx.limiter.reset();
    const exported = await emu.request('/export/events', {
      headers: {
        'openpanel-client-id': data.id as string,
        'openpanel-client-secret': data.secret as string,
      },
    });
    expect(exported.status).toBe(200);
    const plain = (await call('POST', '/manage/clients', { name: 'Default' })).json() as Data;
    expect(plain.data).toMatchObject({ type: 'write', projectId: null });
  });

  it('PATCH changes only the name', async () => {
    const { data } = (
      await call('POST', '/manage/clients', { name: 'A', projectId: 'demo', type: 'read' })
    ).json() as Data;
    const patched = (
      await call('PATCH', `/manage/clients/${data.id as string}`, { name: 'B', type: 'root' })
    ).json() as Data;
    expect(patched.data).toMatchObject({ name: 'B', type: 'read' });
    expect(Object.keys(patched.data)).toEqual(CLIENT_KEYS);
  });

  it('DELETE is hard: then 404 Client not found', async () => {
    const { data } = (await call('POST', '/manage/clients', { name: 'Tmp' })).json() as Data;
    expect((await call('DELETE', `/manage/clients/${data.id as string}`)).text).toBe(
      '{"success":true}',
    );
    expect((await call('GET', `/manage/clients/${data.id as string}`)).text).toBe(
      '{"status":404,"message":"Client not found"}',
    );
  });

  it('GET list with a foreign projectId is 404; foreign clients are never listed', async () => {
    expect((await call('GET', `/manage/clients?projectId=${FOREIGN.projectId}`)).text).toBe(
      '{"status":404,"message":"Project not found"}',
    );
    const { data } = (await call('GET', '/manage/clients')).json() as { data: { id: string }[] };
    expect(data.map((c) => c.id)).not.toContain(FOREIGN.clientId);
  });
});

describe('§8.4 dashboards', () => {
  it('bare arrays, no data wrapper', async () => {
    expect((await call('GET', '/manage/projects/demo/dashboards')).text).toBe('[]');
    expect((await call('GET', '/manage/projects/demo/dashboards/nope/reports')).text).toBe('[]');
  });

  it('a foreign project is the 403 Forbidden body (with error, no status)', async () => {
    const res = await call('GET', `/manage/projects/${FOREIGN.projectId}/dashboards`);
    expect([res.status, res.type, res.text]).toEqual([
      403,
      JSON_TYPE,
      '{"error":"Forbidden","message":"Project does not belong to your organization"}',
    ]);
  });
});
