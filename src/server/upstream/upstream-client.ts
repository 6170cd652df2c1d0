import type { Clock } from './clock.ts';
import { createResponseCache, type ResponseCache } from './response-cache.ts';
import type { RequestStats } from './request-stats.ts';
import { parseRetryAfter, retryDelayMs } from './retry-delay.ts';
import { UpstreamError } from './upstream-error.ts';
import {
  fetchTransport,
  type FetchLike,
  type UpstreamReply,
  type UpstreamTransport,
} from './upstream-transport.ts';
import { rateLimitHeadersOf, type LimitGroup, type UpstreamLimiter } from './upstream-limiter.ts';

export interface UpstreamRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A fixed path built by the BFF (dynamic segments already encoded), e.g. `/export/charts`. */
  path: string;
  query?: [string, string][];
  body?: unknown;
  group: LimitGroup;
  /**
   * GETs only: cache this answer for at most this long (never longer than the configured CACHE_TTL_MS).
   * For counters that are polled and must stay fresh, such as live visitors.
   */
  maxCacheMs?: number;
}

export interface UpstreamClientOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The transport, normally createNodeHttpTransport(); or a fetch function (tests). */
  transport?: UpstreamTransport;
  fetch?: FetchLike;
  clock: Clock;
  limiter: UpstreamLimiter;
  timeoutMs: number;
  cacheTtlMs: number;
  /** The cache of GET answers; an in-process one of `cacheTtlMs` unless given (Redis-shared one). */
  cache?: ResponseCache<unknown>;
  maxRetries?: number;
  max429Retries?: number;
  random?: () => number;
}

/** Every cached reference read starts with this; a reference write invalidates them all. */
export const REFERENCE_READS_PREFIX = 'GET /manage/references';

/** The canonical form of a request: method, path and the query pairs sorted, so key order never matters. */
export function canonicalRequestKey(
  req: Pick<UpstreamRequest, 'method' | 'path' | 'query'>,
): string {
  const query = [...(req.query ?? [])]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&');
  return `${req.method} ${req.path}${query ? `?${query}` : ''}`;
}

/**
 * The only code that holds the OpenPanel credentials. GETs are cached, coalesced and retried (network errors
 * and 5xx, with backoff and jitter); nothing is retried blindly except after a 429, which the upstream sends
 * before it validates or runs anything (§1.1, §3), so even a write is safe to repeat then.
 */
export function createUpstreamClient(options: UpstreamClientOptions) {
  const { clock, limiter } = options;
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const maxRetries = options.maxRetries ?? 3;
  const max429Retries = options.max429Retries ?? 2;
  const random = options.random ?? Math.random;
  const cache = options.cache ?? createResponseCache<unknown>(clock, options.cacheTtlMs);
  const transport =
    options.transport ?? fetchTransport(options.fetch ?? ((input, init) => fetch(input, init)));

  async function sendOnce(req: UpstreamRequest, stats: RequestStats): Promise<UpstreamReply> {
    stats.limiterWaitMs += await limiter.acquire(
      req.group,
      req.method === 'GET' ? 'read' : 'write',
    );
    const url = new URL(base.origin);
    url.pathname = basePath + req.path;
    for (const [k, v] of req.query ?? []) url.searchParams.append(k, v);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'openpanel-client-id': options.clientId,
      'openpanel-client-secret': options.clientSecret,
    };
    // The manage API rejects a JSON content type without a body (§8), so the header goes only with one.
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    const sentAt = clock.now();
    stats.upstreamCalls += 1;
    try {
      const reply = await transport(url.toString(), {
        method: req.method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        timeoutMs: options.timeoutMs,
      });
      const window = rateLimitHeadersOf(reply.headers);
      if (window) limiter.sync(window, sentAt);
      return reply;
    } catch (error) {
      throw error instanceof UpstreamError
        ? error
        : new UpstreamError('network', `OpenPanel is unreachable (${(error as Error).name})`);
    } finally {
      stats.upstreamMs += performance.now() - started;
    }
  }

  async function perform(req: UpstreamRequest, stats: RequestStats): Promise<unknown> {
    const idempotent = req.method === 'GET';
    let failures = 0;
    let limited = 0;
    for (;;) {
      let response: UpstreamReply;
      try {
        response = await sendOnce(req, stats);
      } catch (error) {
        if (
          idempotent &&
          error instanceof UpstreamError &&
          error.kind === 'network' &&
          failures < maxRetries
        ) {
          failures += 1;
          await clock.sleep(retryDelayMs(failures, random));
          continue;
        }
        throw error;
      }
      if (response.status === 429) {
        const seconds = parseRetryAfter(response.headers.get('retry-after'), clock.now()) ?? 10;
        limiter.blockUntil(clock.now() + seconds * 1000);
        if (limited < max429Retries && seconds <= 30) {
          limited += 1;
          continue; // the limiter holds the retry until retry-after has passed
        }
        throw new UpstreamError(
          'rate_limited',
          'OpenPanel is rate limiting this dashboard',
          429,
          seconds,
        );
      }
      if (response.status >= 500 && idempotent && failures < maxRetries) {
        failures += 1;
        await clock.sleep(retryDelayMs(failures, random));
        continue;
      }
      return parseBody(response);
    }
  }

  return {
    async request(req: UpstreamRequest, stats: RequestStats): Promise<unknown> {
      if (req.method !== 'GET') {
        const result = await perform(req, stats);
        // A write to references makes every cached reference read stale.
        // Awaited: with a shared cache, a read on another instance right after this answer must miss.
        if (req.path.startsWith('/manage/references'))
          await cache.invalidate(REFERENCE_READS_PREFIX);
        return result;
      }
      return cache.get(
        canonicalRequestKey(req),
        () => perform(req, stats),
        (source) => {
          if (stats.cache === 'none' || source !== 'hit') stats.cache = source;
        },
        req.maxCacheMs === undefined
          ? options.cacheTtlMs
          : Math.min(req.maxCacheMs, options.cacheTtlMs),
      );
    },
    /** Bypasses the cache, for reads that must be current (the conflict check before a reference PATCH). */
    fresh(req: UpstreamRequest, stats: RequestStats): Promise<unknown> {
      return perform(req, stats);
    },
    invalidate: async (prefix: string) => cache.invalidate(prefix),
  };
}
export type UpstreamClient = ReturnType<typeof createUpstreamClient>;

/** 2xx bodies come back parsed; anything else becomes an UpstreamError carrying the upstream's message. */
function parseBody(response: UpstreamReply): unknown {
  const { text } = response;
  const ok = response.status >= 200 && response.status < 300;
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // Production 500s are the plain text `Internal server error` (§1.3).
  }
  if (ok) {
    if (typeof body === 'string')
      throw new UpstreamError(
        'invalid_response',
        'OpenPanel answered with a body that is not JSON',
        response.status,
      );
    return body;
  }
  const message =
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { message?: unknown }).message === 'string'
      ? (body as { message: string }).message
      : typeof body === 'string' && body.length > 0 && body.length < 300
        ? body
        : `HTTP ${response.status}`;
  throw new UpstreamError('status', message, response.status);
}
