// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { SlowSaveNotice } from './slow-save-notice.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SlowSaveNotice', () => {
  it('explains the wait only after 2 s of saving, and clears when the save ends', () => {
    vi.useFakeTimers();
    const { rerender } = render(<SlowSaveNotice pending />);
    const status = screen.getByRole('status');
    act(() => vi.advanceTimersByTime(1_999));
    expect(status).toHaveTextContent('');
    act(() => vi.advanceTimersByTime(1));
    expect(status).toHaveTextContent('OpenPanel takes at most 20 changes per 10 seconds');

    rerender(<SlowSaveNotice pending={false} />);
    expect(status).toHaveTextContent('');
    // A second save starts the 2 s over.
    rerender(<SlowSaveNotice pending />);
    act(() => vi.advanceTimersByTime(1_000));
    expect(status).toHaveTextContent('');
  });
});
