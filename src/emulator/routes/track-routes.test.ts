import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS } from '../store/seed-organization.ts';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

// Expectations come from shared/openpanel-api.md §12; the emulator clock starts at 2026-08-22T12:00:10Z.
const T0 = Date.parse('2026-08-22T12:00:10.000Z');

let emu: TestEmulator;
let clock = T0;
beforeEach(async () => {
  emu = await createTestEmulator();
  clock = T0;
  emu.ctx.now = () => new Date(clock);
});
afterEach(() => emu.close());

const secretAuth = () => emu.as('write');
const corsAuth = () => ({
  'openpanel-client-id': DEMO_CLIENTS.write.id,
  origin: 'https://shop.example.com',
});

function post(body: unknown, headers: Record<string, string> = {}, path = '/track') {
  return emu.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
const track = (name: string, properties: Record<string, unknown> = {}, more = {}) => ({
  type: 'track',
  payload: { name, properties, ...more },
});

interface ExportedEvent {
  name: string;
  deviceId: string;
  profileId: string;
  sessionId: string;
  createdAt: string;
  path: string;
  origin?: string;
  referrer?: string;
  referrerName?: string;
  referrerType?: string;
  properties?: Record<string, string>;
  os: string;
  browser: string;
  device?: string;
}
async function exported(): Promise<ExportedEvent[]> {
  const includes = 'properties,origin,referrer,referrerName,referrerType,device';
  const res = await emu.get(
    `/export/events?projectId=demo&start=1970-01-01&end=2026-12-31&limit=100&includes=${includes}`,
  );
  expect(res.status).toBe(200);
  const body = (await res.json()) as { data: ExportedEvent[] };
  return body.data.reverse();
}

describe('POST /track auth (§12.3)', () => {
  it.each([
    [{}, 'Ingestion: Missing client id'],
    [
      { 'openpanel-client-id': 'A0000000-0000-4000-8000-000000000003' },
      'Ingestion: Client ID must be a valid UUIDv4',
    ],
    [
      { 'openpanel-client-id': 'b0000000-0000-4000-8000-000000000009' },
      'Ingestion: Invalid client id',
    ],
    [
      {
        'openpanel-client-id': DEMO_CLIENTS.root.id,
        'openpanel-client-secret': DEMO_CLIENTS.root.secret,
      },
      'Ingestion: Client has no project',
    ],
    [{ 'openpanel-client-id': DEMO_CLIENTS.write.id }, 'Ingestion: Invalid cors or secret'],
    [
      { 'openpanel-client-id': DEMO_CLIENTS.write.id, 'openpanel-client-secret': 'wrong' },
      'Ingestion: Invalid cors or secret',
    ],
    [
      { 'openpanel-client-id': DEMO_CLIENTS.write.id, origin: 'https://evil.example.net' },
      'Ingestion: Invalid cors or secret',
    ],
  ])('refuses %j with a plain-text 401', async (headers, message) => {
    const res = await post(track('click'), headers);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(message);
  });

  it('accepts a verified secret, the project CORS origin (cleaned) and body credentials', async () => {
    expect((await post(track('a'), secretAuth())).status).toBe(200);
    expect((await post(track('b'), corsAuth())).status).toBe(200);
    const www = { ...corsAuth(), origin: 'https://www.shop.example.com/' };
    expect((await post(track('c'), www)).status).toBe(200);
    const inBody = {
      ...track('d'),
      clientId: DEMO_CLIENTS.read.id,
      clientSecret: DEMO_CLIENTS.read.secret,
    };
    expect((await post(inBody)).status).toBe(200);
  });

  it('refuses revenue without a secret, even from an allowed origin', async () => {
    const res = await post(track('revenue', { __revenue: 100 }), corsAuth());
    expect(res.status).toBe(401);
    expect(await res.text()).toBe(
      'Ingestion: Revenue tracking is not allowed without a client secret',
    );
  });

  it('validates before it authenticates (§12.1)', async () => {
    const res = await post({ type: 'track', payload: {} });
    expect(res.status).toBe(400);
  });
});

describe('POST /track validation (§12.4.6)', () => {
  const long = 'x'.repeat(81);
  it.each([
    [{}, 'body/type Invalid input'],
    [{ type: 'foo', payload: {} }, 'body/type Invalid input'],
    [{ type: 'track' }, 'body/payload Invalid input: expected object, received undefined'],
    [
      { type: 'track', payload: {} },
      'body/payload/name Invalid input: expected string, received undefined',
    ],
    [track(''), 'body/payload/name Too small: expected string to have >=1 characters'],
    [
      track('session_start'),
      'body/payload/name Event name cannot be one of the reserved names: session_start, session_end',
    ],
    [track(long), 'body/payload/name Event name contains blocked content'],
    [track('/wp-login.php'), 'body/payload/name Event name contains blocked content'],
    [track('a UNION SELECT 1'), 'body/payload/name Event name contains blocked content'],
    [
      track('revenue', { __revenue: 1.5 }),
      'body/payload/properties/__revenue __revenue must be an integer (no floats or strings)',
    ],
    [
      track('revenue', { __revenue: -1 }),
      'body/payload/properties/__revenue __revenue must be an integer (no floats or strings)',
    ],
    [
      { type: 'track', payload: { name: 'a', properties: [1] } },
      'body/payload/properties Invalid input: expected record, received array',
    ],
    [
      track('a', {}, { profileId: '' }),
      'body/payload/profileId Too small: expected string to have >=1 characters',
    ],
    [track('a', {}, { profileId: null }), 'body/payload/profileId Invalid input'],
    [
      track('a', {}, { groups: [''] }),
      'body/payload/groups/0 Too small: expected string to have >=1 characters',
    ],
    [{ type: 'identify', payload: {} }, 'body/payload/profileId Invalid input'],
    [
      { type: 'identify', payload: { profileId: 'u', email: 'nope' } },
      'body/payload/email Invalid email address',
    ],
    [
      { type: 'identify', payload: { profileId: 'u', avatar: 'nope' } },
      'body/payload/avatar Invalid URL',
    ],
    [
      { type: 'increment', payload: { profileId: 'u', property: 'n', value: 0 } },
      'body/payload/value Too small: expected number to be >0',
    ],
    [
      { ...track('a'), clientId: 5 },
      'body/clientId Invalid input: expected string, received number',
    ],
    [
      [],
      'body/ Invalid input: expected object, received array, body/ Invalid input: expected object, received array',
    ],
    [
      'null',
      'body/ Invalid input: expected object, received null, body/ Invalid input: expected object, received null',
    ],
  ])('%j → %s', async (body, message) => {
    const res = await post(body, secretAuth());
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ status: 400, error: 'Error', message });
  });

  it('rejects text/plain through validation and other types with 415', async () => {
    const text = await emu.request('/track', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(await text.json()).toEqual({
      status: 400,
      error: 'Error',
      message:
        'body/ Invalid input: expected object, received string, body/ Invalid input: expected object, received string',
    });
    const xml = await emu.request('/track', {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    });
    expect(xml.status).toBe(415);
    expect(await xml.json()).toEqual({
      status: 415,
      error: 'FastifyError',
      message: 'Unsupported Media Type',
    });
  });

  it('answers alias with 400 after auth', async () => {
    const res = await post(
      { type: 'alias', payload: { profileId: 'u', alias: 'v' } },
      secretAuth(),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(
      '{"status":400,"error":"Bad Request","message":"Alias is not supported"}',
    );
  });
});

describe('POST /track preflight, bots and duplicates (§12.0, §12.1)', () => {
  it('answers the CORS preflight with 204', async () => {
    const res = await emu.request('/track', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://x.io',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,openpanel-client-id',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD,POST');
    expect(res.headers.get('access-control-allow-headers')).toBe(
      'content-type,openpanel-client-id',
    );
    expect(res.headers.get('access-control-max-age')).toBe('604800');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a known bot without a secret with 202 and stores nothing', async () => {
    const ua = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
    const res = await post(track('screen_view'), { ...corsAuth(), 'user-agent': ua });
    expect(res.status).toBe(202);
    expect(await res.text()).toBe('{"bot":{"name":"Googlebot","type":"Search bot"}}');
    expect((await post(track('x'), { ...corsAuth(), 'user-agent': 'curl/8.4.0' })).status).toBe(
      200,
    );
    expect((await post(track('y'), { ...secretAuth(), 'user-agent': ua })).status).toBe(200);
    // Same created_at: export orders by id, which is random, so compare as a set.
    expect((await exported()).map((e) => e.name).sort()).toEqual(['x', 'y']);
  });

  it('answers the same body from the same origin, client and IP within 100 ms with Duplicate event', async () => {
    const headers = { ...corsAuth(), 'x-forwarded-for': '203.0.113.7, 10.0.0.1' };
    expect((await post(track('dup'), headers)).status).toBe(200);
    const second = await post(track('dup'), headers);
    expect(second.status).toBe(200);
    expect(second.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await second.text()).toBe('Duplicate event');
    // No public IP: the check does not apply.
    const privateIp = { ...corsAuth(), 'x-forwarded-for': '10.0.0.1' };
    await post(track('dup'), privateIp);
    expect(await (await post(track('dup'), privateIp)).json()).toHaveProperty('deviceId');
    expect((await exported()).map((e) => e.name)).toEqual(['dup', 'dup', 'dup']);
  });
});
