import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from './upstream-error.ts';
import { createNodeHttpTransport } from './upstream-transport.ts';

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A local upstream on 127.0.0.1 (port 0); `handler` decides what it answers. */
async function upstream(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('createNodeHttpTransport', () => {
  it('sends method, headers and body, and returns status, headers and the whole body', async () => {
    let seen = '';
    const base = await upstream((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen = `${req.method} ${req.url} ${req.headers['openpanel-client-id']} ${req.headers['content-length']} ${body}`;
        res.writeHead(201, { 'content-type': 'application/json', 'x-ratelimit-remaining': '19' });
        res.end('{"ok":true}');
      });
    });
    const reply = await createNodeHttpTransport()(`${base}/manage/references?a=1`, {
      method: 'POST',
      headers: { 'openpanel-client-id': 'id-1', 'content-type': 'application/json' },
      body: '{"t":"é"}',
      timeoutMs: 5_000,
    });
    expect(seen).toBe('POST /manage/references?a=1 id-1 10 {"t":"é"}');
    expect(reply.status).toBe(201);
    expect(reply.text).toBe('{"ok":true}');
    expect(reply.headers.get('X-RateLimit-Remaining')).toBe('19');
    expect(reply.headers.get('retry-after')).toBeNull();
  });

  it('rejects with a timeout when the answer does not come in time', async () => {
    const base = await upstream(() => {
      // never answers
    });
    const attempt = createNodeHttpTransport()(`${base}/x`, {
      method: 'GET',
      headers: {},
      timeoutMs: 30,
    });
    await expect(attempt).rejects.toEqual(
      new UpstreamError('timeout', 'OpenPanel did not answer within 30 ms'),
    );
    await expect(attempt).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('rejects with a network error when nothing listens', async () => {
    const base = await upstream(() => {});
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    await expect(
      createNodeHttpTransport()(`${base}/x`, { method: 'GET', headers: {}, timeoutMs: 5_000 }),
    ).rejects.toMatchObject({ kind: 'network', message: 'OpenPanel is unreachable (Error)' });
  });
});
