import { describe, expect, it } from 'vitest';
import { hashSeed, SeededRandom } from './seeded-random.ts';

describe('hashSeed', () => {
  it('is 32-bit FNV-1a of the parts joined with "|"', () => {
    // Published FNV-1a test vectors: "" → 0x811c9dc5, "a" → 0xe40c292c.
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
    expect(hashSeed(4, 2)).toBe(hashSeed('4|2'));
  });
});

describe('SeededRandom', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.nextUint32());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('makes version-4-shaped UUIDs and 22-character base64url session ids', () => {
    const random = new SeededRandom(7);
    for (let i = 0; i < 200; i += 1) {
      expect(random.uuid()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(random.base64url(22)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
  });

  it('keeps int() inside its inclusive bounds and weighted() on positive weights only', () => {
    const random = new SeededRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) seen.add(random.int(2, 4));
    expect([...seen].sort()).toEqual([2, 3, 4]);
    for (let i = 0; i < 200; i += 1) {
      expect(
        random.weighted([
          ['never', 0],
          ['always', 1],
        ] as const),
      ).toBe('always');
    }
  });
});
