import { describe, expect, it } from 'vitest';
import { unflattenProperties } from './event-profiles.ts';

describe('unflattenProperties', () => {
  it('nests dotted keys; numeric segments stay object keys', () => {
    expect(unflattenProperties({ plan: 'pro', 'items.0.sku': 'A1', 'items.1.sku': 'B2' })).toEqual({
      plan: 'pro',
      items: { '0': { sku: 'A1' }, '1': { sku: 'B2' } },
    });
  });

  it('lets the later key win when a value and a path collide, in stored order', () => {
    expect(unflattenProperties({ a: 'x', 'a.b': 'y' })).toEqual({ a: { b: 'y' } });
    expect(unflattenProperties({ 'a.b': 'y', a: 'x' })).toEqual({ a: 'x' });
  });

  it('keeps a __proto__ key as data', () => {
    const result = unflattenProperties(
      JSON.parse('{"__proto__.polluted":"yes"}') as Record<string, string>,
    );
    expect(JSON.stringify(result)).toBe('{"__proto__":{"polluted":"yes"}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
