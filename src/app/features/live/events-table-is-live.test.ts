import { describe, expect, it } from 'vitest';
import { eventsTableIsLive } from './events-table-is-live.ts';

const TODAY = '2026-11-20';

describe('eventsTableIsLive', () => {
  it('is live on page 1 of a window that ends today or later', () => {
    expect(eventsTableIsLive({ page: 1, end: '2026-11-20' }, TODAY)).toBe(true);
    expect(eventsTableIsLive({ page: 1, end: '2026-12-31' }, TODAY)).toBe(true);
  });

  it('is not live on later pages or when the window ended before today', () => {
    expect(eventsTableIsLive({ page: 2, end: '2026-11-20' }, TODAY)).toBe(false);
    expect(eventsTableIsLive({ page: 1, end: '2026-11-19' }, TODAY)).toBe(false);
  });
});
