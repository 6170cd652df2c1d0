import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * shared/openpanel-api.md §1.3: Fastify's body-parsing errors (answered before auth) and the generic
 * route 404 (not authenticated, not rate-limited), compared as raw bytes. `/export/funnel` is switched
 * off here, as on the real server (§7.1).
 */
let emu: TestEmulator;
const JSON_TYPE = 'application/json; charset=utf-8';

beforeAll(async () => {
  emu = await createTestEmulator({ exportFunnel: false });
});
afterAll(() => emu.close());

async function raw(res: Response) {
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('§1.3 body parsing (manage)', () => {
  const post = (body: string | undefined, contentType?: string, auth = true) =>
    emu.request('/manage/references', {
      method: 'POST',
      headers: {
        ...(auth ? emu.as('root') : {}),
        ...(contentType ? { 'content-type': contentType } : {}),
      },
      body,
    });

  it('empty JSON body is the FastifyError 400, before auth', async () => {
    expect(await raw(await post('', 'application/json', false))).toEqual({
      status: 400,
      type: JSON_TYPE,
      text: `{"status":400,"error":"FastifyError","message":"Body cannot be empty when content-type is set to 'application/json'"}`,
    });
  });

  it('invalid JSON is the FastifyError 400', async () => {
    expect((await raw(await post('{nope', 'application/json'))).text).toBe(
      `{"status":400,"error":"FastifyError","message":"Body is not valid JSON but content-type is set to 'application/json'"}`,
    );
  });

  it('an unknown content type is 415', async () => {
    expect(await raw(await post('<x/>', 'application/xml'))).toEqual({
      status: 415,
      type: JSON_TYPE,
      text: '{"status":415,"error":"FastifyError","message":"Unsupported Media Type"}',
    });
  });

  it('text/plain is parsed as a string and fails validation at the root', async () => {
    expect((await raw(await post('hello', 'text/plain'))).text).toBe(
      '{"status":400,"error":"Error","message":"body/ Invalid input: expected object, received string"}',
    );
  });

  it('a POST with no body fails as received null', async () => {
    expect((await raw(await post(undefined))).text).toBe(
      '{"status":400,"error":"Error","message":"body/ Invalid input: expected object, received null"}',
    );
  });
});

describe('§1.3 / §7.1 the generic 404', () => {
  it('quotes the raw URL with its query, unauthenticated and not rate-limited', async () => {
    const res = await emu.request('/export/funnel?x=1');
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    expect(await raw(res)).toEqual({
      status: 404,
      type: JSON_TYPE,
      text: '{"message":"Route GET:/export/funnel?x=1 not found","error":"Not Found","statusCode":404}',
    });
  });

  it('a wrong method on an existing path', async () => {
    const res = await emu.request('/export/events', { method: 'POST', headers: emu.as('root') });
    expect(await res.text()).toBe(
      '{"message":"Route POST:/export/events not found","error":"Not Found","statusCode":404}',
    );
  });
});
