/** Every way an upstream call can fail, before it is turned into the browser's error envelope. */
export class UpstreamError extends Error {
  constructor(
    readonly kind: 'status' | 'network' | 'timeout' | 'rate_limited' | 'invalid_response',
    message: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
