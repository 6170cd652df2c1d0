import { describe, expect, it } from 'vitest';
import { coerceQuery, coerceQueryValue, parseRawQuery } from './query-coercion.ts';

// Cases and expected values from shared/openpanel-api.md §1.2.
describe('parseRawQuery (fast-querystring)', () => {
  it('turns repeated keys into arrays, keeps bracket keys literal and decodes + as a space', () => {
    expect(parseRawQuery('?event=a&event=b&series[0][name]=x&q=a+b%20c&empty=&flag')).toEqual({
      event: ['a', 'b'],
      'series[0][name]': 'x',
      q: 'a b c',
      empty: '',
      flag: '',
    });
  });

  it('does not split comma lists', () => {
    expect(parseRawQuery('event=a,b')).toEqual({ event: 'a,b' });
  });

  it('keeps an undecodable escape as it was', () => {
    expect(parseRawQuery('x=%E0%A4%A')).toEqual({ x: '%E0%A4%A' });
  });
});

describe('coerceQueryValue (preValidation)', () => {
  it.each([
    ['12345', 12345],
    ['-3', -3],
    ['1.50', 1.5],
    ['true', true],
    ['false', false],
    ['"12345"', '12345'],
    ['1e3', 1000],
    ['[1,"a"]', [1, 'a']],
    ['{"a":1}', { a: 1 }],
    ['null', 'null'],
    ['', ''],
    ['abc', 'abc'],
    ['1.', '1.'],
    ['.5', '.5'],
    ['{oops', '{oops'],
  ])('%j → %j', (input, expected) => {
    expect(coerceQueryValue(input)).toEqual(expected);
  });
});

describe('coerceQuery', () => {
  it('coerces every element of a repeated key', () => {
    expect(coerceQuery(parseRawQuery('event=404&event=%22404%22&event=x&previous=true'))).toEqual({
      event: [404, '404', 'x'],
      previous: true,
    });
  });
});
