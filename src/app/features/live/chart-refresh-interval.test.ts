import { describe, expect, it } from 'vitest';
import { chartRefreshInterval } from './chart-refresh-interval.ts';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const ZONE = 'Europe/Stockholm';

describe('chartRefreshInterval', () => {
  it('polls minute buckets every 30 s and hour/day buckets every 60 s while the range holds now', () => {
    expect(chartRefreshInterval({ range: '30min', interval: 'minute' }, ZONE, NOW)).toBe(30_000);
    expect(chartRefreshInterval({ range: 'today', interval: 'hour' }, ZONE, NOW)).toBe(60_000);
    expect(chartRefreshInterval({ range: '7d', interval: 'day' }, ZONE, NOW)).toBe(60_000);
    const thisWeek = { startDate: '2026-11-16', endDate: '2026-11-20', interval: 'hour' as const };
    expect(chartRefreshInterval(thisWeek, ZONE, NOW)).toBe(60_000);
  });

  it('never polls week or month buckets, nor a chart without an interval', () => {
    expect(chartRefreshInterval({ range: '6m', interval: 'week' }, ZONE, NOW)).toBe(false);
    expect(chartRefreshInterval({ range: '12m', interval: 'month' }, ZONE, NOW)).toBe(false);
    expect(chartRefreshInterval({ range: '30d' }, ZONE, NOW)).toBe(false);
  });

  it('never polls a window that ended', () => {
    expect(chartRefreshInterval({ range: 'yesterday', interval: 'minute' }, ZONE, NOW)).toBe(false);
    const lastWeek = { startDate: '2026-11-09', endDate: '2026-11-15', interval: 'day' as const };
    expect(chartRefreshInterval(lastWeek, ZONE, NOW)).toBe(false);
  });
});
