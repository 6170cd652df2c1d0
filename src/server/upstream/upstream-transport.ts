import http from 'node:http';
import https from 'node:https';
import { UpstreamError } from './upstream-error.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** One upstream answer, its body already read (within the timeout). */
export interface UpstreamReply {
  status: number;
  headers: { get(name: string): string | null };
  text: string;
}

export interface TransportRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/**
 * Sends one request and reads the whole body. Rejects with UpstreamError `timeout` when the answer (body
 * included: a stalled body is as bad as a stalled connect) takes longer than `timeoutMs`, and with
 * UpstreamError `network` when the connection fails.
 */
export type UpstreamTransport = (url: string, request: TransportRequest) => Promise<UpstreamReply>;

const timeoutError = (ms: number) =>
  new UpstreamError('timeout', `OpenPanel did not answer within ${ms} ms`);
const networkError = (error: unknown) =>
  new UpstreamError('network', `OpenPanel is unreachable (${(error as Error).name})`);

/** A transport over a fetch function: what tests inject (the emulator's in-process `app.request`). */
export function fetchTransport(fetchLike: FetchLike): UpstreamTransport {
  return async (url, { method, headers, body, timeoutMs }) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    timer.unref?.();
    try {
      const response = await fetchLike(url, { method, headers, body, signal: controller.signal });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      throw controller.signal.aborted ? timeoutError(timeoutMs) : networkError(error);
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * The production transport: node:http(s) with keep-alive agents. It costs the BFF about a third of the CPU
 * of the global fetch per upstream call (no WHATWG Request/Response/stream objects, no AbortSignal), which
 * is most of the BFF's own work on an uncached chart (bench/results/bff.md).
 */
export function createNodeHttpTransport(maxSockets = 64): UpstreamTransport {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets }),
    'https:': new https.Agent({ keepAlive: true, maxSockets }),
  };
  return (url, { method, headers, body, timeoutMs }) =>
    new Promise<UpstreamReply>((resolve, reject) => {
      const target = new URL(url);
      const client = target.protocol === 'https:' ? https : http;
      const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:'];
      const outgoing: Record<string, string> = { ...headers };
      if (body !== undefined) outgoing['content-length'] = String(Buffer.byteLength(body));
      let timedOut = false;
      const req = client.request(target, { method, headers: outgoing, agent }, (res) => {
        res.setEncoding('utf8');
        let text = '';
        res.on('data', (chunk: string) => (text += chunk));
        res.on('error', (error) =>
          reject(timedOut ? timeoutError(timeoutMs) : networkError(error)),
        );
        res.on('end', () => {
          clearTimeout(timer);
          const raw = res.headers;
          resolve({
            status: res.statusCode ?? 0,
            headers: {
              get(name) {
                const value = raw[name.toLowerCase()];
                return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
              },
            },
            text,
          });
        });
      });
      const timer = setTimeout(() => {
        timedOut = true;
        req.destroy();
      }, timeoutMs);
      timer.unref?.();
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(timedOut ? timeoutError(timeoutMs) : networkError(error));
      });
      req.end(body);
    });
}
