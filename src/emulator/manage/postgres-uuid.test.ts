import { describe, expect, it } from 'vitest';
import { parsePostgresUuid } from './postgres-uuid.ts';

const ID = '1af09627-2dd7-4b37-9e5c-6ffa7e450e85';

describe('parsePostgresUuid', () => {
  it.each([
    [ID, ID],
    ['1AF09627-2DD7-4B37-9E5C-6FFA7E450E85', ID],
    ['{1af09627-2dd7-4b37-9e5c-6ffa7e450e85}', ID],
    ['1af096272dd74b379e5c6ffa7e450e85', ID],
    ['urn:uuid:1af09627-2dd7-4b37-9e5c-6ffa7e450e85', ID],
  ])('%s names %s', (raw, canonical) => {
    expect(parsePostgresUuid(raw)).toBe(canonical);
  });

  it.each([
    'abc',
    '',
    '1af09627-2dd7-4b37-9e5c-6ffa7e450e8',
    'zaf09627-2dd7-4b37-9e5c-6ffa7e450e85',
  ])('rejects %j with a plain Error (a 500 upstream)', (raw) => {
    expect(() => parsePostgresUuid(raw)).toThrow(Error);
  });
});
