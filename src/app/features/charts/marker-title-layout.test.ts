import { describe, expect, it } from 'vitest';
import { markerTitleLayouts } from './marker-title-layout.ts';

describe('markerTitleLayouts', () => {
  it('gives a lone marker its 24 characters, to the right, or to the left near the edge', () => {
    expect(markerTitleLayouts([100], 800)).toEqual([{ flip: false, maxChars: 24 }]);
    // 661 > 800 − 140: flipped; 661 − 0 − 12 = 649 px of room, capped at 24.
    expect(markerTitleLayouts([661], 800)).toEqual([{ flip: true, maxChars: 24 }]);
  });

  it('stops a title before the next marker', () => {
    // Room for the first: (200 − 12) − 100 − 12 = 76 px → 12 characters. The second runs to the edge.
    expect(markerTitleLayouts([100, 200], 800)).toEqual([
      { flip: false, maxChars: 12 },
      { flip: false, maxChars: 24 },
    ]);
    // (154 − 12) − 100 − 12 = 30 px → 5 characters: below 6, so the badge alone.
    expect(markerTitleLayouts([100, 154], 800)[0]).toEqual({ flip: false, maxChars: 0 });
    // (160 − 12) − 100 − 12 = 36 px → 6 characters: enough.
    expect(markerTitleLayouts([100, 160], 800)[0]).toEqual({ flip: false, maxChars: 6 });
  });

  it('splits the gap when two titles run towards each other', () => {
    // 500 runs right, 700 (> 660) runs left: each gets (700 − 500) / 2 − 12 = 88 px → 14 characters.
    expect(markerTitleLayouts([500, 700], 800)).toEqual([
      { flip: false, maxChars: 14 },
      { flip: true, maxChars: 14 },
    ]);
    // Two flipped markers: the second stops 12 px after the first's line: 780 − 680 − 12 − 12 = 76 → 12.
    expect(markerTitleLayouts([680, 780], 800)).toEqual([
      { flip: true, maxChars: 24 },
      { flip: true, maxChars: 12 },
    ]);
  });
});
