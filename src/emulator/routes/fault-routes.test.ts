import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

const arm = (emu: TestEmulator, fault: Record<string, unknown>) =>
  emu.request('/__faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });

describe('fault injection (EMULATOR_FAULTS=1)', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await createTestEmulator({ faults: true });
  });
  afterAll(() => emu.close());
  afterEach(async () => {
    vi.useRealTimers();
    await emu.request('/__faults', { method: 'DELETE' });
  });

  it('answers the armed status for the next `count` matching requests, then serves normally', async () => {
    expect(
      (await arm(emu, { method: 'GET', path: '/healthcheck', status: 503, count: 2 })).status,
    ).toBe(201);
    for (let i = 0; i < 2; i++) {
      const res = await emu.request('/healthcheck');
      expect(res.status).toBe(503);
      expect(await res.text()).toBe('{"status":503,"message":"Injected fault"}');
    }
    const res = await emu.request('/healthcheck');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"ready":true}');
  });

  it('sends a 429 with retry-after and the upstream body, or a custom body', async () => {
    await arm(emu, { method: 'get', path: '/export/*', status: 429, retryAfter: 7, count: 1 });
    await arm(emu, { method: 'GET', path: '/healthcheck', status: 500, body: 'boom', count: 1 });
    const limited = await emu.request('/export/events?projectId=demo');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await limited.text()).toBe(
      '{"status":429,"error":"Too Many Requests","message":"You have exceeded the rate limit for this endpoint."}',
    );
    const custom = await emu.request('/healthcheck');
    expect(custom.status).toBe(500);
    expect(custom.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await custom.text()).toBe('boom');
  });

  it('matches method and path exactly unless the path ends in *', async () => {
    await arm(emu, { method: 'POST', path: '/healthcheck', status: 502, count: 1 });
    await arm(emu, { method: 'GET', path: '/health', status: 502, count: 1 });
    expect((await emu.request('/healthcheck')).status).toBe(200);
    const listed = (await (await emu.request('/__faults')).json()) as {
      faults: { path: string; remaining: number }[];
    };
    expect(listed.faults.map((f) => [f.path, f.remaining])).toEqual([
      ['/healthcheck', 1],
      ['/health', 1],
    ]);
  });

  it('returns a 200 whose body is not valid JSON', async () => {
    await arm(emu, { method: 'GET', path: '/healthcheck', invalidJson: true, count: 1 });
    const res = await emu.request('/healthcheck');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('delays the answer by delayMs', async () => {
    vi.useFakeTimers();
    await arm(emu, { method: 'GET', path: '/healthcheck', delayMs: 5000, count: 1 });
    let settled = false;
    const pending = Promise.resolve(emu.request('/healthcheck')).then((res) => {
      settled = true;
      return res;
    });
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const res = await pending;
    expect(res.status).toBe(200);
  });

  it('in-process, a dropped connection is a body that fails to read', async () => {
    await arm(emu, { method: 'GET', path: '/healthcheck', drop: true, count: 1 });
    const res = await emu.request('/healthcheck');
    expect(res.headers.get('x-emulator-fault')).toBe('drop');
    await expect(res.text()).rejects.toThrow(TypeError);
  });

  it('over a real socket, a dropped connection makes fetch reject', async () => {
    const server = serve({ fetch: emu.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;
    try {
      await arm(emu, { method: 'GET', path: '/healthcheck', drop: true, count: 1 });
      await expect(fetch(`http://127.0.0.1:${port}/healthcheck`)).rejects.toThrow('fetch failed');
      const after = await fetch(`http://127.0.0.1:${port}/healthcheck`);
      expect(await after.text()).toBe('{"ready":true}');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('rejects an invalid fault and clears all faults on DELETE', async () => {
    const bad = await arm(emu, { method: 'GET', path: 'healthcheck' });
    expect(bad.status).toBe(400);
    await arm(emu, { method: 'GET', path: '/healthcheck', status: 503, count: 5 });
    expect(await (await emu.request('/__faults', { method: 'DELETE' })).json()).toEqual({
      cleared: 1,
    });
    expect((await emu.request('/healthcheck')).status).toBe(200);
  });
});

describe('without EMULATOR_FAULTS', () => {
  it('has no /__faults route', async () => {
    const emu = await createTestEmulator();
    try {
      const res = await emu.request('/__faults');
      expect(res.status).toBe(404);
      expect(await res.text()).toBe(
        '{"message":"Route GET:/__faults not found","error":"Not Found","statusCode":404}',
      );
    } finally {
      emu.close();
    }
  });
});
