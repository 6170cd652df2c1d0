import { describe, expect, it } from 'vitest';
import { float32Number } from './export-event-json.ts';

describe('float32Number', () => {
  it('prints a Float32 the way ClickHouse does, as its shortest round-tripping decimal', () => {
    expect(float32Number(Math.fround(18.1))).toBe(18.1);
    expect(float32Number(Math.fround(-122.4194))).toBe(-122.4194);
    expect(float32Number(0)).toBe(0);
    expect(float32Number(null)).toBeNull();
  });
});
