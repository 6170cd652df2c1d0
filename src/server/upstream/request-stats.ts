/** What one browser request cost upstream; filled by the upstream client, written to the request log. */
export interface RequestStats {
  upstreamCalls: number;
  upstreamMs: number;
  limiterWaitMs: number;
  cache: 'hit' | 'miss' | 'coalesced' | 'none';
}

export const newRequestStats = (): RequestStats => ({
  upstreamCalls: 0,
  upstreamMs: 0,
  limiterWaitMs: 0,
  cache: 'none',
});
