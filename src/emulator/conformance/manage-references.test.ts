import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOREIGN, insertForeignOrganization } from '../manage/foreign-organization-fixture.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import {
  JSON_CONTENT_TYPE as JSON_TYPE,
  MANAGE_NOW as NOW,
  manageCall,
  REFERENCE_KEYS,
  type ManageData as Data,
} from './manage-fixture.ts';

/** shared/openpanel-api.md §8.1 (references), black-box. Clock: 2026-08-22T12:00:00.000Z. */
let emu: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator();
  await insertForeignOrganization(emu.db);
});
afterAll(() => emu.close());

const call = (method: string, path: string, body?: unknown) => manageCall(emu, method, path, body);

describe('§8.1 references', () => {
  let refId = '';

  it('POST: 200, plain Reference in key order, date-only datetime is UTC midnight, "" → null', async () => {
    const res = await call('POST', '/manage/references', {
      projectId: 'demo',
      title: 'Launch',
      description: '',
      datetime: '2026-08-01',
      extra: 'stripped',
    });
    expect(res.status).toBe(200);
    const { data } = res.json() as Data;
    refId = data.id as string;
    expect(Object.keys(data)).toEqual(REFERENCE_KEYS);
    expect(data).toEqual({
      id: refId,
      title: 'Launch',
      description: null,
      date: '2026-08-01T00:00:00.000Z',
      projectId: 'demo',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('GET by id is the only call that adds project {organizationId}', async () => {
    const res = await call('GET', `/manage/references/${refId}`);
    const { data } = res.json() as Data;
    expect(Object.keys(data)).toEqual([...REFERENCE_KEYS, 'project']);
    expect(data.project).toEqual({ organizationId: 'org_demo' });
  });

  it('GET list: no project key; unknown projectId is 404; empty projectId is absent', async () => {
    const list = (await call('GET', '/manage/references?projectId=demo')).json() as {
      data: Record<string, unknown>[];
    };
    expect(list.data.map((r) => Object.keys(r))).toEqual([REFERENCE_KEYS]);
    expect((await call('GET', '/manage/references?projectId=nope')).text).toBe(
      '{"status":404,"message":"Project not found"}',
    );
    const all = (await call('GET', '/manage/references?projectId=')).json() as { data: unknown[] };
    // The foreign organization's reference is never listed.
    expect(all.data).toHaveLength(1);
  });

  it('PATCH description null is a 400; "" is stored as ""; unsent keys stay', async () => {
    const bad = await call('PATCH', `/manage/references/${refId}`, { description: null });
    expect(bad).toMatchObject({
      status: 400,
      text: '{"status":400,"error":"Error","message":"body/description Invalid input: expected string, received null"}',
    });
    await call('PATCH', `/manage/references/${refId}`, { description: 'x' });
    const res = await call('PATCH', `/manage/references/${refId}`, { description: '' });
    const { data } = res.json() as Data;
    expect(Object.keys(data)).toEqual(REFERENCE_KEYS);
    expect(data).toMatchObject({
      title: 'Launch',
      description: '',
      date: '2026-08-01T00:00:00.000Z',
    });
  });

  it('POST validation and errors', async () => {
    expect(
      (
        await call('POST', '/manage/references', {
          projectId: 'demo',
          title: '',
          datetime: '2026-08-01',
        })
      ).text,
    ).toBe(
      '{"status":400,"error":"Error","message":"body/title Too small: expected string to have >=1 characters"}',
    );
    expect(
      (
        await call('POST', '/manage/references', {
          projectId: 'nope',
          title: 't',
          datetime: '2026-08-01',
        })
      ).text,
    ).toBe('{"status":404,"message":"Project not found"}');
    const invalid = await call('POST', '/manage/references', {
      projectId: 'demo',
      title: 't',
      datetime: 'not a date',
    });
    expect([invalid.status, invalid.text]).toEqual([500, 'Internal server error']);
  });

  it('another organization’s reference is 404 Reference not found', async () => {
    const res = await call('GET', `/manage/references/${FOREIGN.referenceId}`);
    expect([res.status, res.type, res.text]).toEqual([
      404,
      JSON_TYPE,
      '{"status":404,"message":"Reference not found"}',
    ]);
  });

  it('DELETE: {"success":true}, then 404; a JSON content type with no body is a 400', async () => {
    emu.ctx.limiter.reset();
    const empty = await emu.request(`/manage/references/${refId}`, {
      method: 'DELETE',
      headers: { ...emu.as('root'), 'content-type': 'application/json' },
    });
    expect(empty.status).toBe(400);
    const res = await call('DELETE', `/manage/references/${refId}`);
    expect([res.status, res.text]).toEqual([200, '{"success":true}']);
    expect((await call('DELETE', `/manage/references/${refId}`)).text).toBe(
      '{"status":404,"message":"Reference not found"}',
    );
  });
});

describe('§8.1 reference lists and ids', () => {
  it('newest createdAt first, including soft-deleted projects; no query coercion on manage', async () => {
    const ins = (id: string, project: string, created: string) =>
      emu.db.run(
        `INSERT INTO timeline_references (id, title, description, date, project_id, created_at, updated_at)
         VALUES (?, 't', NULL, '2026-01-01'::TIMESTAMP_MS, ?, ?::TIMESTAMP_MS, ?::TIMESTAMP_MS)`,
        [id, project, created, created],
      );
    await ins('e0000000-0000-4000-8000-000000000001', 'blog', '2026-01-01 00:00:00');
    await ins('e0000000-0000-4000-8000-000000000002', 'blog', '2026-03-01 00:00:00');
    await ins('e0000000-0000-4000-8000-000000000003', 'blog', '2026-02-01 00:00:00');
    const { data } = (await call('GET', '/manage/references?projectId=blog')).json() as {
      data: { id: string }[];
    };
    expect(data.map((r) => r.id.slice(-1))).toEqual(['2', '3', '1']);
    // "123" stays a string here (no coercion): a 404, not a 400.
    expect((await call('GET', '/manage/references?projectId=123')).text).toBe(
      '{"status":404,"message":"Project not found"}',
    );
  });

  it('a malformed reference id fails in the database layer: plain-text 500', async () => {
    const res = await call('GET', '/manage/references/not-a-uuid');
    expect([res.status, res.text]).toEqual([500, 'Internal server error']);
  });
});
