import { describe, expect, it } from 'vitest';
import { tickInterval } from './dense-axis.ts';

describe('tickInterval', () => {
  it('leaves a chart of at most 200 buckets to Recharts', () => {
    expect(tickInterval(200, 'Nov 23', 1152)).toBe('preserveEnd');
  });

  it('skips enough ticks for the labels to fit', () => {
    // 'Nov 23' → 6 × 7 + 28 = 70 px a label; 1152 px fit 16; 945 / 16 = 59.06 → every 60th: skip 59.
    expect(tickInterval(945, 'Nov 23', 1152)).toBe(59);
    // 'Nov 23, 14:00' → 13 × 7 + 28 = 119 px; 300 px fit 2; 201 / 2 = 100.5 → every 101st: skip 100.
    expect(tickInterval(201, 'Nov 23, 14:00', 300)).toBe(100);
  });
});
