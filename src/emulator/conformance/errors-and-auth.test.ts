import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS } from '../store/seed-organization.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * Black-box conformance for shared/openpanel-api.md §1 (request order, error envelopes) and §2 (auth,
 * project selection). Bodies are compared as RAW text where the contract gives exact bytes.
 */
let emu: TestEmulator;
const JSON_TYPE = 'application/json; charset=utf-8';
const NO_SECRET_ID = 'b0000000-0000-4000-8000-00000000000a';
const ROOT_WITH_PROJECT_ID = 'b0000000-0000-4000-8000-00000000000b';

beforeAll(async () => {
  emu = await createTestEmulator({
    exportFunnel: false,
    events: [{ name: 'screen_view', created_at: '2026-08-22T11:00:00Z' }],
  });
  await emu.db.run(
    `INSERT INTO clients (id, name, secret, type, project_id, organization_id, created_at, updated_at)
     VALUES (?, 'no secret', NULL, 'root', NULL, 'org_demo', now(), now())`,
    [NO_SECRET_ID],
  );
  // A root client created with a projectId: that project becomes its default (§2 table).
  const [root] = await emu.db.all<{ secret: string }>('SELECT secret FROM clients WHERE id = ?', [
    DEMO_CLIENTS.root.id,
  ]);
  await emu.db.run(
    `INSERT INTO clients (id, name, secret, type, project_id, organization_id, created_at, updated_at)
     VALUES (?, 'root bound', ?, 'root', 'blog', 'org_demo', now(), now())`,
    [ROOT_WITH_PROJECT_ID, root!.secret],
  );
});
afterAll(() => emu.close());

async function raw(res: Response) {
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}
const headers = (id: string, secret = 'x') => ({
  'openpanel-client-id': id,
  'openpanel-client-secret': secret,
});

describe('§1.3 validation envelope and §1.1 order', () => {
  it('answers the zod message with part/path, raw bytes', async () => {
    expect(await raw(await emu.get('/export/events?limit=abc', 'read'))).toEqual({
      status: 400,
      type: JSON_TYPE,
      text: '{"status":400,"error":"Error","message":"querystring/limit Invalid input: expected number, received NaN"}',
    });
  });

  it('validates before authenticating: bad input with no credentials is a 400', async () => {
    const res = await emu.request('/export/events?profileId=12345');
    expect(await raw(res)).toEqual({
      status: 400,
      type: JSON_TYPE,
      text: '{"status":400,"error":"Error","message":"querystring/profileId Invalid input: expected string, received number"}',
    });
  });

  it('accepts a JSON-quoted numeric string (§1.2 workaround)', async () => {
    const res = await emu.get('/export/events?profileId=%2212345%22', 'read');
    expect(res.status).toBe(200);
  });

  it('fails a union with the bare "Invalid input" (event=123)', async () => {
    const res = await emu.get('/export/events?event=123', 'read');
    expect(await res.text()).toBe(
      '{"status":400,"error":"Error","message":"querystring/event Invalid input"}',
    );
  });

  it('reports filters= (empty) as expected array, received undefined', async () => {
    const res = await emu.get('/export/events?filters=', 'read');
    expect(await res.text()).toBe(
      '{"status":400,"error":"Error","message":"querystring/filters Invalid input: expected array, received undefined"}',
    );
  });
});

describe('§2.1 401 bodies: no status key, check order', () => {
  const exportAs = (h: Record<string, string>) => emu.request('/export/events', { headers: h });

  it('missing header fails the UUID check', async () => {
    expect(await raw(await exportAs({}))).toEqual({
      status: 401,
      type: JSON_TYPE,
      text: '{"error":"Unauthorized","message":"Export: Client ID must be a valid UUIDv4"}',
    });
  });

  it('uppercase hex fails the UUID check', async () => {
    const upper = DEMO_CLIENTS.read.id.toUpperCase();
    expect((await raw(await exportAs(headers(upper)))).text).toBe(
      '{"error":"Unauthorized","message":"Export: Client ID must be a valid UUIDv4"}',
    );
  });

  it('a non-v4 lowercase UUID passes the regex and fails on lookup', async () => {
    const v1 = 'c0000000-0000-1000-0000-000000000000';
    expect((await raw(await exportAs(headers(v1)))).text).toBe(
      '{"error":"Unauthorized","message":"Export: Invalid client id"}',
    );
  });

  it('a client with no stored secret', async () => {
    expect((await raw(await exportAs(headers(NO_SECRET_ID)))).text).toBe(
      '{"error":"Unauthorized","message":"Export: Client has no secret"}',
    );
  });

  it('write clients cannot export, checked before the secret', async () => {
    expect((await raw(await exportAs(headers(DEMO_CLIENTS.write.id, 'wrong')))).text).toBe(
      '{"error":"Unauthorized","message":"Export: Client is not allowed to export"}',
    );
  });

  it('wrong secret', async () => {
    expect((await raw(await exportAs(headers(DEMO_CLIENTS.read.id, 'wrong')))).text).toBe(
      '{"error":"Unauthorized","message":"Export: Invalid client secret"}',
    );
  });

  it('insights uses the Export: prefix too', async () => {
    const res = await emu.request('/insights/demo/funnel?steps=a&steps=b', {
      headers: emu.as('write'),
    });
    expect((await raw(res)).text).toBe(
      '{"error":"Unauthorized","message":"Export: Client is not allowed to export"}',
    );
  });

  it('manage refuses read clients with the Manage: prefix', async () => {
    expect((await raw(await emu.get('/manage/projects', 'read'))).text).toBe(
      '{"error":"Unauthorized","message":"Manage: Only root clients are allowed to manage resources"}',
    );
  });

  it('manage checks the type before the secret', async () => {
    const res = await emu.request('/manage/projects', {
      headers: headers(DEMO_CLIENTS.write.id, 'wrong'),
    });
    expect((await raw(res)).text).toBe(
      '{"error":"Unauthorized","message":"Manage: Only root clients are allowed to manage resources"}',
    );
  });
});

describe('§2.2 export project selection: handler errors have no error key', () => {
  it('root with no project parameter is 400', async () => {
    expect(await raw(await emu.get('/export/events'))).toEqual({
      status: 400,
      type: JSON_TYPE,
      text: '{"status":400,"message":"project_id or projectId is required"}',
    });
  });

  it('read asking for another project is 403', async () => {
    expect(await raw(await emu.get('/export/events?projectId=blog', 'read'))).toEqual({
      status: 403,
      type: JSON_TYPE,
      text: '{"status":403,"message":"You do not have access to this project"}',
    });
  });

  it('an unknown project is 404', async () => {
    expect(await raw(await emu.get('/export/charts?projectId=nope'))).toEqual({
      status: 404,
      type: JSON_TYPE,
      text: '{"status":404,"message":"Project not found"}',
    });
  });

  it('projectId wins over project_id', async () => {
    const res = await emu.get('/export/events?projectId=demo&project_id=nope');
    expect(res.status).toBe(200);
  });

  it('project_id alone works', async () => {
    const body = (await (await emu.get('/export/events?project_id=demo')).json()) as {
      data: { projectId: string }[];
    };
    expect(body.data.map((e) => e.projectId)).toEqual(['demo']);
  });

  it('a root client bound to a project uses it as the default', async () => {
    const res = await emu.request('/export/events', {
      headers: headers(ROOT_WITH_PROJECT_ID, DEMO_CLIENTS.root.secret),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { meta: unknown }).meta).toEqual({
      count: 0,
      totalCount: 0,
      pages: 0,
      current: 1,
    });
  });
});

describe('§2.3 insights project selection', () => {
  it('a read client gets its own project whatever the path says', async () => {
    const res = await emu.get('/insights/anything/funnel?steps=a&steps=b', 'read');
    expect(res.status).toBe(200);
  });

  it('a root client with a foreign project gets the plain-text 500', async () => {
    const res = await emu.get('/insights/nope/funnel?steps=a&steps=b');
    expect(await raw(res)).toEqual({
      status: 500,
      type: 'text/plain; charset=utf-8',
      text: 'Internal server error',
    });
  });
});
