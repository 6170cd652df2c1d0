import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/**
 * shared/openpanel-api.md §1.5 and §12.0: @fastify/cors is registered on the whole API with
 * `origin: '*'` and `maxAge: 604800`, so a browser preflight to any public route answers 204 with the
 * default methods.
 */
let emu: TestEmulator;
beforeAll(async () => {
  emu = await createTestEmulator();
});
afterAll(() => emu.close());

const preflight = (path: string) =>
  emu.request(path, {
    method: 'OPTIONS',
    headers: {
      origin: 'https://dashboard.example',
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'openpanel-client-id',
    },
  });

describe('§1.5 CORS', () => {
  it('simple responses carry access-control-allow-origin: *', async () => {
    const res = await emu.get('/export/events', 'read');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('a /track preflight is 204 with a 7-day max-age', async () => {
    const res = await preflight('/track');
    expect([res.status, res.headers.get('access-control-max-age')]).toEqual([204, '604800']);
  });

  for (const path of [
    '/export/events',
    '/export/charts',
    '/insights/demo/funnel',
    '/manage/projects',
  ]) {
    it(`a preflight to ${path} is 204 with the CORS headers`, async () => {
      const res = await preflight(path);
      expect({
        status: res.status,
        origin: res.headers.get('access-control-allow-origin'),
        methods: res.headers.get('access-control-allow-methods'),
        maxAge: res.headers.get('access-control-max-age'),
        headers: res.headers.get('access-control-allow-headers'),
      }).toEqual({
        status: 204,
        origin: '*',
        methods: 'GET,HEAD,POST',
        maxAge: '604800',
        headers: 'openpanel-client-id',
      });
    });
  }
});
