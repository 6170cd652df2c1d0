import { describe, expect, it } from 'vitest';
import { referenceFormSchema } from './reference-form.ts';

const messages = (input: unknown) => {
  const result = referenceFormSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('referenceFormSchema', () => {
  it('accepts a day, a wall-clock time and an explicit offset, trimming the title', () => {
    expect(
      referenceFormSchema.parse({ title: ' Launch ', description: '', when: '2026-11-20' }),
    ).toEqual({
      title: 'Launch',
      description: '',
      when: '2026-11-20',
    });
    expect(messages({ title: 'a', description: '', when: '2026-11-20 14:30' })).toEqual({});
    expect(
      messages({ title: 'a', description: '', when: '2026-11-20T14:30:00.123+05:30' }),
    ).toEqual({});
    expect(messages({ title: 'a', description: '', when: '2026-11-20T14:30Z' })).toEqual({});
  });

  it('gives human messages', () => {
    expect(messages({ title: '   ', description: 'x'.repeat(2001), when: '' })).toEqual({
      title: 'Give the reference a title',
      description: 'Keep the description under 2000 characters',
      when: 'Pick a date',
    });
    expect(messages({ title: 'a', description: '', when: 'next friday' })).toEqual({
      when: 'Use a date like 2026-11-20, optionally with a time (14:30) or an offset (+01:00)',
    });
    expect(messages({ title: 'a', description: '', when: '2026-02-29' })).toEqual({
      when: 'That date or time does not exist',
    });
    expect(messages({ title: 'a', description: '', when: '2028-02-29 23:59' })).toEqual({});
  });
});
