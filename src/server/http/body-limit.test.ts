import { afterEach, describe, expect, it } from 'vitest';
import { createTestBff, TEST_ORIGIN, type TestBff } from '../testing/test-bff.ts';

let bff: TestBff | undefined;
afterEach(() => {
  bff?.close();
  bff = undefined;
});

describe('request body limit', () => {
  it('answers 413 to a body over 64 KiB, before any upstream call', async () => {
    bff = await createTestBff();
    const res = await bff.request('/api/projects/demo/references', {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(64 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request', message: 'The request body is too large' },
    });
    expect(bff.calls).toEqual([]);
  });

  it('lets a GET through without a body check', async () => {
    bff = await createTestBff();
    expect((await bff.request('/api/projects')).status).toBe(200);
  });
});
