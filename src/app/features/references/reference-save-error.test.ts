import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-fetch.ts';
import { describeSaveFailure, referenceFieldErrors } from './reference-save-error.ts';

describe('referenceFieldErrors', () => {
  it('maps BFF details onto the form fields (datetime is the "when" field)', () => {
    const error = new ApiError(400, {
      code: 'bad_request',
      message: 'The body is not valid',
      details: { title: ['Give the reference a title'], datetime: ['Pick a date and time'] },
    });
    expect(referenceFieldErrors(error)).toEqual({
      title: 'Give the reference a title',
      when: 'Pick a date and time',
    });
  });

  it('reads an upstream body/<field> message', () => {
    const error = new ApiError(400, {
      code: 'bad_request',
      message: 'body/description Invalid input: expected string, received null',
    });
    expect(referenceFieldErrors(error)).toEqual({
      description: 'Invalid input: expected string, received null',
    });
  });

  it('maps nothing for other failures', () => {
    expect(referenceFieldErrors(new ApiError(500, { code: 'internal', message: 'x' }))).toEqual({});
  });
});

describe('describeSaveFailure', () => {
  it('offers retry for network errors, 429, 5xx and timeouts', () => {
    expect(describeSaveFailure(new ApiError(0, { code: 'network_error', message: 'x' }))).toEqual({
      message: 'The server could not be reached. Your changes are still here.',
      retryable: true,
    });
    expect(
      describeSaveFailure(new ApiError(429, { code: 'rate_limited', message: 'x' })).retryable,
    ).toBe(true);
    expect(describeSaveFailure(new ApiError(504, { code: 'timeout', message: 'x' }))).toEqual({
      message: 'The server took too long to answer. Your changes are still here.',
      retryable: true,
    });
    expect(
      describeSaveFailure(
        new ApiError(502, { code: 'upstream_error', message: 'OpenPanel failed' }),
      ),
    ).toEqual({
      message: 'The server failed (502): OpenPanel failed Your changes are still here.',
      retryable: true,
    });
  });

  it('does not offer retry for a refused write', () => {
    expect(
      describeSaveFailure(new ApiError(403, { code: 'forbidden', message: 'Editors only.' })),
    ).toEqual({
      message: 'Editors only. Your changes are still here.',
      retryable: false,
    });
  });
});
