import { describe, expect, it } from 'vitest';
import { rowWindow } from './use-row-window.ts';

describe('row window', () => {
  it('renders the rows in view plus the overscan', () => {
    // 1,000 rows of 36 px, scrolled to 3,600 px (row 100), 360 px tall (10 rows), overscan 5.
    expect(rowWindow(1000, 36, 3600, 360, 5)).toEqual({
      start: 95,
      end: 115,
      padTop: 95 * 36,
      padBottom: 885 * 36,
    });
  });

  it('clamps at both ends', () => {
    expect(rowWindow(12, 36, 0, 360, 5)).toEqual({ start: 0, end: 12, padTop: 0, padBottom: 0 });
    expect(rowWindow(3, 36, 0, 0, 5)).toEqual({ start: 0, end: 3, padTop: 0, padBottom: 0 });
  });
});
