import { describe, expect, it } from 'vitest';
import { jumpTarget, pageWindow } from './page-math.ts';

describe('page math', () => {
  it('counts ranks and pages', () => {
    // 1,375 events by 50: 28 pages (27 full + 25); page 2 holds ranks 51–100.
    expect(pageWindow(1375, 2, 50, 50)).toEqual({
      pages: 28,
      first: 51,
      last: 100,
      hasPrevious: true,
      hasNext: true,
      pastEnd: false,
    });
    expect(pageWindow(1375, 28, 50, 25)).toEqual({
      pages: 28,
      first: 1351,
      last: 1375,
      hasPrevious: true,
      hasNext: false,
      pastEnd: false,
    });
  });

  it('has no pages when nothing matches and flags a page past the end', () => {
    expect(pageWindow(0, 1, 50, 0)).toEqual({
      pages: 0,
      first: 0,
      last: 0,
      hasPrevious: false,
      hasNext: false,
      pastEnd: false,
    });
    expect(pageWindow(120, 9, 50, 0)).toMatchObject({ pages: 3, pastEnd: true, first: 0 });
  });

  it('clamps a typed page into range', () => {
    expect(jumpTarget('7', 28)).toBe(7);
    expect(jumpTarget('99', 28)).toBe(28);
    expect(jumpTarget('0', 28)).toBe(1);
    expect(jumpTarget('3.9', 28)).toBe(3);
    expect(jumpTarget('', 28)).toBeNull();
    expect(jumpTarget('abc', 28)).toBeNull();
  });
});
