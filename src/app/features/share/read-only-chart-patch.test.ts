import { describe, expect, it } from 'vitest';
import { readOnlyChartPatch } from './read-only-chart-patch.ts';

describe('readOnlyChartPatch', () => {
  it('keeps what the SPA applies locally and drops what would change the granted request', () => {
    expect(
      readOnlyChartPatch({
        range: '7d',
        from: '2026-11-01',
        to: '2026-11-02',
        interval: 'hour',
        compare: true,
        series: [{ name: 'purchase', segment: 'event', filters: [] }],
        breakdowns: [{ name: 'path' }],
        ref: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f',
        hidden: ['purchase'],
        metric: 'max',
        limit: 20,
        offset: 10,
        type: 'bar',
      }),
    ).toEqual({
      ref: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f',
      hidden: ['purchase'],
      metric: 'max',
      limit: 20,
      offset: 10,
      type: 'bar',
    });
  });

  it('keeps closing a reference popover (ref cleared)', () => {
    const patch = readOnlyChartPatch({ ref: undefined });
    expect('ref' in patch).toBe(true);
    expect(patch).toEqual({ ref: undefined });
  });

  it('gives an empty patch for a range change', () => {
    expect(readOnlyChartPatch({ range: '30d', from: undefined, to: undefined })).toEqual({});
  });
});
