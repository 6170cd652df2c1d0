import { describe, expect, it } from 'vitest';
import { downsampleIndices, downsampleRows } from './downsample.ts';

describe('downsampleRows', () => {
  it('keeps the first, the last and each stretch’s min and max (hand-worked, 10 → 6)', () => {
    const values = [1, 9, 2, 3, 0, 4, 5, 8, 6, 7];
    const rows = values.map((a, i) => ({ date: `d${i}`, a }));
    // Rows 1–8 fit in 2 stretches: [9,2,3,0] keeps 9 (row 1) and 0 (row 4); [4,5,8,6] keeps 4 (5) and 8 (7).
    // 3 stretches would need 8 rows.
    expect(downsampleRows(rows, ['a'], 6).map((row) => row.date)).toEqual([
      'd0',
      'd1',
      'd4',
      'd5',
      'd7',
      'd9',
    ]);
  });

  it('lets a one-bucket spike and dip of different series survive 1,000 → 50', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      date: `d${i}`,
      a: i === 537 ? 500 : 10,
      b: i === 222 ? -20 : 5,
      'a:prev': 3,
    }));
    const out = downsampleRows(rows, ['a', 'b', 'a:prev'], 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out[0]).toBe(rows[0]);
    expect(out[out.length - 1]).toBe(rows[999]);
    expect(out).toContain(rows[537]);
    expect(out).toContain(rows[222]);
    const dates = out.map((row) => Number(row.date.slice(1)));
    expect(dates).toEqual([...dates].sort((x, y) => x - y));
  });

  it('returns short data unchanged', () => {
    const rows = [{ a: 1 }, { a: 2 }, { a: 3 }];
    expect(downsampleRows(rows, ['a'], 3)).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });

  it('spaces rows evenly when no key has numbers', () => {
    const rows = Array.from({ length: 9 }, (_, i) => ({ date: `d${i}`, a: null }));
    // Rows 1–7 in 3 stretches ([1,2], [3,4], [5,6,7]) keep each stretch's first row: 2 + 3 = 5 rows.
    expect(downsampleRows(rows, ['a'], 5).map((row) => row.date)).toEqual([
      'd0',
      'd1',
      'd3',
      'd5',
      'd8',
    ]);
  });
});

describe('downsampleIndices', () => {
  it('picks the same buckets straight from typed columns (the 10 → 6 case above)', () => {
    const column = Float64Array.from([1, 9, 2, 3, 0, 4, 5, 8, 6, 7]);
    expect(downsampleIndices([column], 10, 6)).toEqual([0, 1, 4, 5, 7, 9]);
  });

  it('keeps every index when they all fit', () => {
    expect(downsampleIndices([Float64Array.from([3, 1, 2])], 3, 400)).toEqual([0, 1, 2]);
  });
});
