import { describe, expect, it } from 'vitest';
import { flattenProperties } from './flatten-properties.ts';

describe('flattenProperties (shared/openpanel-api.md §12.12)', () => {
  it('flattens the §12.12 example exactly', () => {
    // The example's __hash and __query.* come from __path on /track, not from flattening.
    const input = {
      plan: 'pro',
      qty: 2,
      ok: true,
      note: '  hi  ',
      empty: '',
      cart: [{ sku: 'A1' }],
      meta: '{"k":"v"}',
      bad: '{oops',
    };
    expect(JSON.stringify(flattenProperties(input))).toBe(
      '{"plan":"pro","qty":"2","ok":"true","note":"hi","cart.0.sku":"A1","meta.k":"v"}',
    );
  });

  it('drops null, undefined, empty objects and arrays, and JSON-looking strings that fail to parse', () => {
    expect(
      flattenProperties({
        a: null,
        b: undefined,
        c: {},
        d: [],
        e: '[1,',
        f: '{"x":}',
        g: 0,
        h: false,
      }),
    ).toEqual({ g: '0', h: 'false' });
  });

  it('indexes arrays and stringifies numbers', () => {
    expect(flattenProperties({ items: [{ sku: 'A', qty: 1.5 }, 'x'], list: '[3,"y"]' })).toEqual({
      'items.0.sku': 'A',
      'items.0.qty': '1.5',
      'items.1': 'x',
      'list.0': '3',
      'list.1': 'y',
    });
  });

  it('does not escape dots in keys, so both spellings land on one key', () => {
    expect(flattenProperties({ 'a.b': 1, a: { b: 2 } })).toEqual({ 'a.b': '2' });
  });

  it('keeps a whitespace-only string as "" (the empty check runs before trimming)', () => {
    expect(flattenProperties({ s: '   ' })).toEqual({ s: '' });
  });

  it('removes lone surrogates but keeps valid pairs', () => {
    expect(flattenProperties({ s: 'a\uD800b\uD83D\uDE00' })).toEqual({ s: 'ab\uD83D\uDE00' });
  });
});
