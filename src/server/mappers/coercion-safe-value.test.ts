import { describe, expect, it } from 'vitest';
import { coercionSafeValue } from './coercion-safe-value.ts';

describe('coercionSafeValue (§1.2 query coercion)', () => {
  it('leaves plain names alone', () => {
    expect(coercionSafeValue('demo')).toBe('demo');
    expect(coercionSafeValue('screen_view')).toBe('screen_view');
    expect(coercionSafeValue('Not found')).toBe('Not found');
    expect(coercionSafeValue('')).toBe('');
  });

  it('quotes values the upstream would turn into numbers, booleans or JSON', () => {
    expect(coercionSafeValue('404')).toBe('"404"');
    expect(coercionSafeValue('-1.5')).toBe('"-1.5"');
    expect(coercionSafeValue('true')).toBe('"true"');
    expect(coercionSafeValue(' true')).toBe('" true"');
    expect(coercionSafeValue('\tfalse ')).toBe('"\\tfalse "');
    expect(coercionSafeValue('{"a":1}')).toBe('"{\\"a\\":1}"');
    expect(coercionSafeValue('[1]')).toBe('"[1]"');
    expect(coercionSafeValue('"x"')).toBe('"\\"x\\""');
    expect(coercionSafeValue('1e3')).toBe('"1e3"');
  });

  it('keeps `null` and text that only starts like JSON', () => {
    expect(coercionSafeValue('null')).toBe('null');
    expect(coercionSafeValue('nice')).toBe('nice');
    expect(coercionSafeValue('[broken')).toBe('[broken');
    expect(coercionSafeValue('-x')).toBe('-x');
  });
});
