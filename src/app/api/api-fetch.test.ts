// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HttpResponse, http } from 'msw';
import * as z from 'zod/mini';
import { ApiError, apiFetch } from './api-fetch.ts';
import { shouldRetry } from '../query-client.ts';
import { mswTestServer } from '../testing/msw-test-server.ts';

const server = mswTestServer();

const okSchema = z.object({ ok: z.boolean() });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('apiFetch', () => {
  it('returns the validated body', async () => {
    server.use(http.get('*/api/x', () => HttpResponse.json({ ok: true, extra: 1 })));
    await expect(apiFetch('/api/x', okSchema)).resolves.toEqual({ ok: true });
  });

  it('turns the BFF error envelope into an ApiError with status, code and details', async () => {
    server.use(
      http.get('*/api/x', () =>
        HttpResponse.json(
          {
            error: {
              code: 'bad_request',
              message: 'Invalid query',
              details: { range: ['Invalid option'] },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const error = await failure(apiFetch('/api/x', okSchema));
    expect([error.status, error.code, error.message, error.details, error.isClientError]).toEqual([
      400,
      'bad_request',
      'Invalid query',
      { range: ['Invalid option'] },
      true,
    ]);
  });

  it('maps a non-JSON 502 and an unexpected body to invalid_response', async () => {
    server.use(http.get('*/api/x', () => new HttpResponse('Bad gateway', { status: 502 })));
    const gateway = await failure(apiFetch('/api/x', okSchema));
    expect([gateway.status, gateway.code, gateway.isClientError]).toEqual([
      502,
      'invalid_response',
      false,
    ]);

    server.use(http.get('*/api/x', () => HttpResponse.json({ ok: 'yes' })));
    const shape = await failure(apiFetch('/api/x', okSchema));
    expect([shape.status, shape.code]).toEqual([200, 'invalid_response']);
  });

  it('sends JSON bodies and the CSRF token on writes', async () => {
    let seen: [string | null, string | null, unknown] | undefined;
    server.use(
      http.post('*/api/x', async ({ request }) => {
        seen = [
          request.headers.get('content-type'),
          request.headers.get('x-csrf-token'),
          await request.json(),
        ];
        return HttpResponse.json({ ok: true });
      }),
    );
    await apiFetch('/api/x', okSchema, { method: 'POST', body: { a: 1 }, csrfToken: 'tok' });
    expect(seen).toEqual(['application/json', 'tok', { a: 1 }]);
  });

  it('sends extra headers (a share token) but keeps its own accept header', async () => {
    let seen: [string | null, string | null] | undefined;
    server.use(
      http.get('*/api/x', ({ request }) => {
        seen = [request.headers.get('x-share-token'), request.headers.get('accept')];
        return HttpResponse.json({ ok: true });
      }),
    );
    await apiFetch('/api/x', okSchema, {
      headers: { 'X-Share-Token': 'abc.def', Accept: 'text/html' },
    });
    expect(seen).toEqual(['abc.def', 'application/json']);
  });
});

describe('shouldRetry', () => {
  const status = (s: number) => new ApiError(s, { code: 'internal', message: 'x' });

  it('never retries a 4xx', () => {
    expect([400, 401, 403, 404, 429].map((s) => shouldRetry(0, status(s)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('retries server and network failures twice', () => {
    expect([0, 1, 2].map((n) => shouldRetry(n, status(503)))).toEqual([true, true, false]);
    expect(shouldRetry(0, status(0))).toBe(true);
    expect(shouldRetry(1, new TypeError('x'))).toBe(true);
  });
});
