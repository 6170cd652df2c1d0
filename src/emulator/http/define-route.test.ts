import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

// Expected bodies are copied from shared/openpanel-api.md §1.3 and §2.1, not produced by the code.
describe('request pipeline (shared/openpanel-api.md §1–§3)', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await createTestEmulator();
  });
  afterAll(() => emu.close());

  it('answers an unknown route with Fastify’s 404 quoting the raw URL', async () => {
    const res = await emu.request('/export/nope?x=1');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(
      '{"message":"Route GET:/export/nope?x=1 not found","error":"Not Found","statusCode":404}',
    );
  });
});
