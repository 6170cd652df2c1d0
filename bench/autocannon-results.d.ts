// More of autocannon's options and result than bench/autocannon.d.ts declares (it stays as bff-bench.ts
// needs it); these interfaces merge into that module declaration.
declare module 'autocannon' {
  interface Options {
    /** Seconds before a request counts as a timeout (and an error). */
    timeout?: number;
  }
  interface Result {
    /** Socket errors and timeouts. */
    errors: number;
    timeouts: number;
    /** Responses by status code. */
    statusCodeStats: Record<string, { count: number }>;
  }
}
