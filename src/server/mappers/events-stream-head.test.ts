import { describe, expect, it } from 'vitest';
import { eventsQuerySchema } from '../../contract/bff-api.ts';
import { isEventsStreamHead } from './events-stream-head.ts';

// 2026-08-22T12:00:00Z is 14:00 in Stockholm (UTC+2 in August).
const NOW = Date.parse('2026-08-22T12:00:00.000Z');
const head = (raw: Record<string, string>, now = NOW, timezone = 'UTC') =>
  isEventsStreamHead(eventsQuerySchema.parse(raw), { timezone, now });

describe('isEventsStreamHead', () => {
  it('is page 1 of an open window, or of one that ends today or later', () => {
    expect(head({})).toBe(true);
    expect(head({ page: '1', limit: '10' })).toBe(true);
    expect(head({ start: '2026-08-01', end: '2026-08-22' })).toBe(true);
    expect(head({ end: '2026-08-30' })).toBe(true);
    expect(head({ after: '2026-08-22T11:00:00Z' })).toBe(true);
  });

  it('is not a later page, a before-bounded page or a window that has ended', () => {
    expect(head({ page: '2' })).toBe(false);
    expect(head({ before: '2027-01-01T00:00:00Z' })).toBe(false);
    expect(head({ end: '2026-08-21' })).toBe(false);
    expect(head({ end: '2026-08-22T11:59:59Z' })).toBe(false);
  });

  it('keeps the window open through the last millisecond of its end day, in the organization zone', () => {
    // 2026-08-22 in UTC ends at 23:59:59.999Z.
    expect(head({ end: '2026-08-22' }, Date.parse('2026-08-22T23:59:59.999Z'))).toBe(true);
    expect(head({ end: '2026-08-22' }, Date.parse('2026-08-23T00:00:00.000Z'))).toBe(false);
    // 2026-08-22 in Stockholm ends at 21:59:59.999Z.
    const tz = 'Europe/Stockholm';
    expect(head({ end: '2026-08-22' }, Date.parse('2026-08-22T21:59:59.999Z'), tz)).toBe(true);
    expect(head({ end: '2026-08-22' }, Date.parse('2026-08-22T22:00:00.000Z'), tz)).toBe(false);
  });
});
