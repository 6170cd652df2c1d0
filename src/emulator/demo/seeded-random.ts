/**
 * A small seeded PRNG (sfc32) so the demo data is a pure function of (seed, project, day): the same seed and
 * clock always give the same events, and a catch-up run regenerates exactly the days it needs.
 */

/** 32-bit FNV-1a over the parts joined with "|": turns (seed, project, date, …) into a stream seed. */
export function hashSeed(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join('|');
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const HEX = '0123456789abcdef';
/** Two hex digits per byte: building ids from a table is 3× faster than toString(16) + padStart. */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => HEX[i >> 4]! + HEX[i & 15]!);
const hex8 = (n: number) =>
  BYTE_HEX[n >>> 24]! +
  BYTE_HEX[(n >>> 16) & 255]! +
  BYTE_HEX[(n >>> 8) & 255]! +
  BYTE_HEX[n & 255]!;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    // Warm up so that nearby seeds give unrelated streams.
    for (let i = 0; i < 12; i += 1) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks an item with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** A version-4-shaped UUID (lowercase hex), like the ids the real server stores. */
  uuid(): string {
    const a = hex8(this.nextUint32());
    const b = hex8(this.nextUint32());
    const c = hex8(this.nextUint32());
    const d = hex8(this.nextUint32());
    const variant = HEX[8 | (this.nextUint32() & 3)];
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }

  /** `length` base64url characters: the shape of the server's 22-character session ids (§12.8.1). */
  base64url(length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += BASE64URL[this.nextUint32() & 63];
    return out;
  }
}
