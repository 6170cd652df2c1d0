import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import { FOREIGN, insertForeignOrganization } from './foreign-organization-fixture.ts';

// Expected values are worked out by hand from shared/openpanel-api.md §8.1 (and §1.3 for error bodies).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOT_FOUND = '{"status":404,"message":"Reference not found"}';

describe('manage references (§8.1)', () => {
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
  const create = async (body: Record<string, unknown>) => {
    const res = await send('POST', '/manage/references', body);
    expect(res.status).toBe(200);
    return ((await res.json()) as { data: { id: string } }).data;
  };

  beforeAll(async () => {
    process.env.EMULATOR_LOG_ERRORS = '0';
    emu = await createTestEmulator();
    await insertForeignOrganization(emu.db);
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.ctx.limiter.reset());

  it('creates a reference: date from new Date(datetime), "" description stored as null', async () => {
    setNow('2026-08-01T09:00:00.000Z');
    const res = await send('POST', '/manage/references', {
      projectId: 'demo',
      title: 'Launch v2',
      description: '',
      datetime: '2026-08-01',
      unknown: 'stripped',
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    const { data } = JSON.parse(text) as { data: { id: string } };
    expect(data.id).toMatch(UUID);
    // Raw text: the key order is part of the contract.
    expect(text).toBe(
      `{"data":{"id":"${data.id}","title":"Launch v2","description":null,"date":"2026-08-01T00:00:00.000Z",` +
        `"projectId":"demo","createdAt":"2026-08-01T09:00:00.000Z","updatedAt":"2026-08-01T09:00:00.000Z"}}`,
    );
  });

  it('reads an offset in datetime and keeps a description', async () => {
    setNow('2026-08-02T09:00:00.000Z');
    const data = await create({
      projectId: 'blog',
      title: 'Post',
      description: 'Big',
      datetime: '2026-08-01T10:00:00-05:00',
    });
    expect(data).toMatchObject({
      description: 'Big',
      date: '2026-08-01T15:00:00.000Z',
      projectId: 'blog',
    });
  });

  it('rejects bad bodies with the zod messages', async () => {
    const title = await send('POST', '/manage/references', {
      projectId: 'demo',
      title: '',
      datetime: 'x',
    });
    expect(title.status).toBe(400);
    expect(await title.text()).toBe(
      '{"status":400,"error":"Error","message":"body/title Too small: expected string to have >=1 characters"}',
    );
    const missing = await send('POST', '/manage/references', { title: 't', datetime: 'x' });
    expect(await missing.text()).toBe(
      '{"status":400,"error":"Error","message":"body/projectId Invalid input: expected string, received undefined"}',
    );
  });

  it('answers 404 for a project outside the organization and 500 for an unparseable datetime', async () => {
    const foreign = await send('POST', '/manage/references', {
      projectId: FOREIGN.projectId,
      title: 't',
      datetime: '2026-08-01',
    });
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toBe('{"status":404,"message":"Project not found"}');
    const garbage = await send('POST', '/manage/references', {
      projectId: 'demo',
      title: 't',
      datetime: 'next tuesday',
    });
    expect(garbage.status).toBe(500);
    expect(await garbage.text()).toBe('Internal server error');
  });

  describe('list, get, update, delete', () => {
    let older: string;
    let newer: string;
    let onBlog: string;
    beforeAll(async () => {
      await emu.db.run('DELETE FROM timeline_references WHERE project_id <> ?', [
        FOREIGN.projectId,
      ]);
      setNow('2026-08-10T00:00:00.000Z');
      older = (await create({ projectId: 'demo', title: 'Older', datetime: '2026-09-01' })).id;
      setNow('2026-08-11T00:00:00.000Z');
      onBlog = (await create({ projectId: 'blog', title: 'Blog', datetime: '2026-07-01' })).id;
      setNow('2026-08-12T00:00:00.000Z');
      newer = (await create({ projectId: 'demo', title: 'Newer', datetime: '2026-01-01' })).id;
    });
    const ids = async (path: string) => {
      const res = await emu.get(path);
      expect(res.status).toBe(200);
      return ((await res.json()) as { data: { id: string }[] }).data.map((r) => r.id);
    };

    it('lists the organization’s references, newest createdAt first, not by date', async () => {
      expect(await ids('/manage/references')).toEqual([newer, onBlog, older]);
      expect(await ids('/manage/references?projectId=')).toEqual([newer, onBlog, older]);
      expect(await ids('/manage/references?projectId=demo')).toEqual([newer, older]);
    });

    it('keeps manage query values raw: no JSON unquoting, a repeated key is a 500 (§1.2)', async () => {
      const quoted = await emu.get('/manage/references?projectId=%22demo%22');
      expect(await quoted.text()).toBe('{"status":404,"message":"Project not found"}');
      const repeated = await emu.get('/manage/references?projectId=demo&projectId=blog');
      expect(repeated.status).toBe(500);
    });

    it('answers 404 for a projectId outside the organization', async () => {
      for (const id of [FOREIGN.projectId, 'nope']) {
        const res = await emu.get(`/manage/references?projectId=${id}`);
        expect(res.status).toBe(404);
        expect(await res.text()).toBe('{"status":404,"message":"Project not found"}');
      }
    });

    it('gets one reference with project.organizationId; foreign or missing ones are 404', async () => {
      const res = await emu.get(`/manage/references/${onBlog}`);
      expect(await res.json()).toEqual({
        data: {
          id: onBlog,
          title: 'Blog',
          description: null,
          date: '2026-07-01T00:00:00.000Z',
          projectId: 'blog',
          createdAt: '2026-08-11T00:00:00.000Z',
          updatedAt: '2026-08-11T00:00:00.000Z',
          project: { organizationId: 'org_demo' },
        },
      });
      for (const id of [FOREIGN.referenceId, 'b0000000-0000-4000-8000-000000000000']) {
        const missing = await emu.get(`/manage/references/${id}`);
        expect(missing.status).toBe(404);
        expect(await missing.text()).toBe(NOT_FOUND);
      }
      // A malformed id fails in the database layer: 500, not 404 (§8).
      expect((await emu.get('/manage/references/123')).status).toBe(500);
    });

    it('patches only the sent keys, keeps "" as "", bumps updatedAt, and omits project', async () => {
      setNow('2026-08-20T08:00:00.000Z');
      const res = await send('PATCH', `/manage/references/${older}`, { description: '' });
      expect(await res.json()).toEqual({
        data: {
          id: older,
          title: 'Older',
          description: '',
          date: '2026-09-01T00:00:00.000Z',
          projectId: 'demo',
          createdAt: '2026-08-10T00:00:00.000Z',
          updatedAt: '2026-08-20T08:00:00.000Z',
        },
      });
      setNow('2026-08-21T08:00:00.000Z');
      const both = await send('PATCH', `/manage/references/${older}`, {
        title: 'Renamed',
        datetime: '2026-09-02T12:30:00Z',
      });
      expect(((await both.json()) as { data: unknown }).data).toMatchObject({
        title: 'Renamed',
        description: '',
        date: '2026-09-02T12:30:00.000Z',
        updatedAt: '2026-08-21T08:00:00.000Z',
      });
    });

    it('rejects description null and an empty title on PATCH', async () => {
      const res = await send('PATCH', `/manage/references/${older}`, { description: null });
      expect(res.status).toBe(400);
      expect(await res.text()).toBe(
        '{"status":400,"error":"Error","message":"body/description Invalid input: expected string, received null"}',
      );
      const title = await send('PATCH', `/manage/references/${older}`, { title: '' });
      expect(await title.text()).toBe(
        '{"status":400,"error":"Error","message":"body/title Too small: expected string to have >=1 characters"}',
      );
      const foreign = await send('PATCH', `/manage/references/${FOREIGN.referenceId}`, {
        title: 'x',
      });
      expect(await foreign.text()).toBe(NOT_FOUND);
    });

    it('deletes with {"success":true}, then the reference is gone', async () => {
      const res = await send('DELETE', `/manage/references/${newer}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('{"success":true}');
      expect(await (await emu.get(`/manage/references/${newer}`)).text()).toBe(NOT_FOUND);
      expect(await (await send('DELETE', `/manage/references/${newer}`)).text()).toBe(NOT_FOUND);
      expect(await (await send('DELETE', `/manage/references/${FOREIGN.referenceId}`)).text()).toBe(
        NOT_FOUND,
      );
    });

    it('still lists references of a soft-deleted project', async () => {
      expect((await send('DELETE', '/manage/projects/blog')).status).toBe(200);
      expect(await ids('/manage/references')).toContain(onBlog);
      expect(await ids('/manage/references?projectId=blog')).toEqual([onBlog]);
    });
  });
});
