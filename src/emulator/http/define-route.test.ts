import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FOREIGN, insertForeignOrganization } from '../manage/foreign-organization-fixture.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import { defineRoute } from './define-route.ts';
import { createRateLimiter } from './rate-limiter.ts';

// Expected bodies are copied from shared/openpanel-api.md §1.3 and §2.1, not produced by the code.
const JSON_TYPE = 'application/json; charset=utf-8';
const REFERENCE_ID = 'a1000000-0000-4000-8000-000000000001';

describe('request pipeline (shared/openpanel-api.md §1–§3)', () => {
  let emu: TestEmulator;
  /** A tiny export-group app on the emulator's database, with its own limiter. */
  let probe: Hono;
  beforeAll(async () => {
    process.env.EMULATOR_LOG_ERRORS = '0';
    emu = await createTestEmulator();
    await insertForeignOrganization(emu.db);
    await emu.db.run(
      `INSERT INTO timeline_references VALUES (?, 'R', NULL, '2026-08-01 00:00:00', 'demo',
        '2026-08-01 00:00:00', '2026-08-01 00:00:00')`,
      [REFERENCE_ID],
    );
    const ctx = { ...emu.ctx, limiter: createRateLimiter(() => 0) };
    probe = new Hono();
    probe.post(
      '/probe/:id',
      defineRoute(ctx, {
        group: 'export',
        auth: 'export',
        coerceQuery: true,
        params: z.object({ id: z.string().regex(/^[0-9]+$/, 'digits only') }),
        body: z.object({ name: z.string() }),
        query: z.object({ limit: z.number() }),
        handler: async ({ params, body, query }) => ({ params, body, query }),
      }),
    );
  });
  afterAll(() => emu.close());
  // Many calls here share the root client's key; keep them clear of the manage limit of 20.
  beforeEach(() => emu.ctx.limiter.reset());

  const root = () => emu.as('root');

  it('answers an unknown route with Fastify’s 404 quoting the raw URL', async () => {
    const res = await emu.request('/export/nope?x=1');
    expect(res.status).toBe(404);
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    expect(await res.text()).toBe(
      '{"message":"Route GET:/export/nope?x=1 not found","error":"Not Found","statusCode":404}',
    );
  });

  describe('processing order (§1.1)', () => {
    it('reports validation (400) before missing credentials (401)', async () => {
      const res = await emu.request('/manage/references', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"projectId":"demo","title":"","datetime":"2026-08-01"}',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe(JSON_TYPE);
      expect(await res.text()).toBe(
        '{"status":400,"error":"Error","message":"body/title Too small: expected string to have >=1 characters"}',
      );
    });

    it('reports body parsing (400 FastifyError) before validation and auth', async () => {
      const res = await emu.request('/manage/references', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{not json',
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toBe(
        `{"status":400,"error":"FastifyError","message":"Body is not valid JSON but content-type is set to 'application/json'"}`,
      );
    });

    it('validates params, then body, then querystring, and reports only the first failing part', async () => {
      const send = (path: string, body: string) =>
        probe.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...emu.as('read') },
          body,
        });
      const all = await send('/probe/x?limit=abc', '{}');
      expect(await all.text()).toBe(
        '{"status":400,"error":"Error","message":"params/id digits only"}',
      );
      const bodyAndQuery = await send('/probe/1?limit=abc', '{}');
      expect(await bodyAndQuery.text()).toBe(
        '{"status":400,"error":"Error","message":"body/name Invalid input: expected string, received undefined"}',
      );
      // `abc` is not numeric and not JSON, so it stays a string (§1.2).
      const queryOnly = await send('/probe/1?limit=abc', '{"name":"n"}');
      expect(await queryOnly.text()).toBe(
        '{"status":400,"error":"Error","message":"querystring/limit Invalid input: expected number, received string"}',
      );
      const ok = await send('/probe/1?limit=5', '{"name":"n","extra":1}');
      expect(await ok.json()).toEqual({
        params: { id: '1' },
        body: { name: 'n' },
        query: { limit: 5 },
      });
    });

    it('joins several issues of one part with ", "', async () => {
      const res = await emu.request('/manage/references', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...root() },
        body: '{"title":5}',
      });
      expect(await res.text()).toBe(
        '{"status":400,"error":"Error","message":"body/projectId Invalid input: expected string, received undefined, body/title Invalid input: expected string, received number, body/datetime Invalid input: expected string, received undefined"}',
      );
    });
  });

  describe('body parsing (§1.3, §8)', () => {
    const post = (init: RequestInit) =>
      emu.request('/manage/references', { method: 'POST', ...init });

    it('rejects an empty body sent as JSON', async () => {
      const res = await post({ headers: { 'content-type': 'application/json', ...root() } });
      expect(res.status).toBe(400);
      expect(await res.text()).toBe(
        `{"status":400,"error":"FastifyError","message":"Body cannot be empty when content-type is set to 'application/json'"}`,
      );
    });

    it('rejects a DELETE that says JSON but has no body, before the handler runs', async () => {
      const res = await emu.request(`/manage/references/${REFERENCE_ID}`, {
        method: 'DELETE',
        headers: { 'content-type': 'application/json', ...root() },
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toBe(
        `{"status":400,"error":"FastifyError","message":"Body cannot be empty when content-type is set to 'application/json'"}`,
      );
      expect((await emu.get(`/manage/references/${REFERENCE_ID}`)).status).toBe(200);
    });

    it('accepts text/plain as a string, which then fails the object schema', async () => {
      const res = await post({ headers: { 'content-type': 'text/plain', ...root() }, body: 'hi' });
      expect(await res.text()).toBe(
        '{"status":400,"error":"Error","message":"body/ Invalid input: expected object, received string"}',
      );
    });

    it('answers 415 for a content type without a parser', async () => {
      for (const type of ['application/xml', 'application/json-patch+json']) {
        const res = await post({ headers: { 'content-type': type, ...root() }, body: '<a/>' });
        expect(res.status).toBe(415);
        expect(await res.text()).toBe(
          '{"status":415,"error":"FastifyError","message":"Unsupported Media Type"}',
        );
      }
    });

    it('accepts JSON with a charset parameter', async () => {
      const res = await post({
        headers: { 'content-type': 'application/json; charset=utf-8', ...root() },
        body: '{"projectId":"nope","title":"t","datetime":"2026-08-01"}',
      });
      expect(await res.text()).toBe('{"status":404,"message":"Project not found"}');
    });

    it('validates a missing body as null', async () => {
      const res = await post({ headers: root() });
      expect(await res.text()).toBe(
        '{"status":400,"error":"Error","message":"body/ Invalid input: expected object, received null"}',
      );
    });
  });

  describe('auth (§2.1)', () => {
    const manage = async (headers: Record<string, string>) => {
      const res = await emu.request('/manage/projects', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe(JSON_TYPE);
      return res.text();
    };
    const body = (message: string) => `{"error":"Unauthorized","message":"${message}"}`;
    const id = (who: 'root' | 'read' | 'write') => emu.as(who)['openpanel-client-id']!;

    it('requires a lowercase hex UUID (missing, uppercase, garbage)', async () => {
      const expected = body('Manage: Client ID must be a valid UUIDv4');
      expect(await manage({})).toBe(expected);
      expect(await manage({ ...root(), 'openpanel-client-id': id('root').toUpperCase() })).toBe(
        expected,
      );
      expect(await manage({ 'openpanel-client-id': 'abc' })).toBe(expected);
    });

    it('checks existence, then the secret column, then the type, then the secret', async () => {
      expect(await manage({ 'openpanel-client-id': 'b0000000-0000-0000-0000-000000000000' })).toBe(
        body('Manage: Invalid client id'),
      );
      expect(await manage({ 'openpanel-client-id': FOREIGN.noSecretClientId })).toBe(
        body('Manage: Client has no secret'),
      );
      // The type is checked before the secret: a read client with a wrong secret hears about its type.
      expect(
        await manage({ 'openpanel-client-id': id('read'), 'openpanel-client-secret': 'wrong' }),
      ).toBe(body('Manage: Only root clients are allowed to manage resources'));
      expect(await manage(emu.as('write'))).toBe(
        body('Manage: Only root clients are allowed to manage resources'),
      );
      expect(
        await manage({ 'openpanel-client-id': id('root'), 'openpanel-client-secret': 'wrong' }),
      ).toBe(body('Manage: Invalid client secret'));
      expect(await manage({ 'openpanel-client-id': id('root') })).toBe(
        body('Manage: Invalid client secret'),
      );
    });

    it('uses the Export: prefix on export routes and refuses write clients', async () => {
      const call = (headers: Record<string, string>) =>
        probe.request('/probe/1?limit=1', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: '{"name":"n"}',
        });
      const write = await call(emu.as('write'));
      expect(write.status).toBe(401);
      expect(await write.text()).toBe(body('Export: Client is not allowed to export'));
      const wrong = await call({
        'openpanel-client-id': id('read'),
        'openpanel-client-secret': 'x',
      });
      expect(await wrong.text()).toBe(body('Export: Invalid client secret'));
      expect(await (await call({})).text()).toBe(body('Export: Client ID must be a valid UUIDv4'));
      expect((await call(emu.as('read'))).status).toBe(200);
      expect((await call(emu.as('root'))).status).toBe(200);
    });
  });

  it('answers an uncaught handler error with the plain-text production 500', async () => {
    const res = await emu.request('/manage/references', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...root() },
      body: '{"projectId":"demo","title":"t","datetime":"not a date"}',
    });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe('Internal server error');
    expect(res.headers.get('x-ratelimit-limit')).toBe('20');
  });
});
