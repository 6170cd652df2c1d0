import { describe, expect, it } from 'vitest';
import type { ExportEvent, ExportEventsResponse } from '../../../contract/openpanel-events.ts';
import {
  acceptExportPage,
  exportFileName,
  exportFraction,
  exportPageParams,
  secondsLeft,
  startExport,
  timeLeftLabel,
} from './export-planner.ts';

const ev = (id: string): ExportEvent => ({
  id,
  name: 'x',
  deviceId: 'd',
  profileId: 'd',
  projectId: 'demo',
  sessionId: 's',
  createdAt: '2026-11-20T11:00:00.000Z',
  country: 'SE',
  city: '',
  os: '',
  browser: '',
  path: '/',
  groups: [],
});
const page = (ids: string[], totalCount: number, current: number): ExportEventsResponse => ({
  meta: { count: ids.length, totalCount, pages: Math.ceil(totalCount / 3), current },
  data: ids.map(ev),
});

describe('export planner', () => {
  it('asks for pages of 1000 with the captured window', () => {
    const base = {
      start: '1970-01-01',
      end: '2026-11-20',
      page: 2,
      limit: 50,
      filters: [],
      includes: ['properties'],
    };
    expect(exportPageParams(base, 7)).toEqual({ ...base, page: 7, limit: 1000 });
  });

  it('writes every id once and stops at the first short page', () => {
    // Pages of 3 over 7 events; one new event arrives after page 1, pushing "c" from page 1 onto page 2.
    const acc = startExport();
    expect(acceptExportPage(acc, page(['a', 'b', 'c'], 7, 1), 3)).toEqual({
      fresh: [ev('a'), ev('b'), ev('c')],
      progress: { pages: 1, rows: 3, totalCount: 7, duplicates: 0, done: false },
    });
    expect(acceptExportPage(acc, page(['c', 'd', 'e'], 8, 2), 3).progress).toEqual({
      pages: 2,
      rows: 5,
      totalCount: 7,
      duplicates: 1,
      done: false,
    });
    // Page 3 is still full (f, g, and the last old event h would follow): keep going until a short page.
    expect(acceptExportPage(acc, page(['f', 'g', 'h'], 8, 3), 3).progress.done).toBe(false);
    const last = acceptExportPage(acc, page([], 8, 4), 3);
    expect(last.fresh).toEqual([]);
    expect(last.progress).toEqual({ pages: 4, rows: 8, totalCount: 7, duplicates: 1, done: true });
  });

  it('estimates the time left from the pace so far', () => {
    // 2,000 rows in 4 s: 2 ms a row; 3,000 rows left → 6 s.
    expect(secondsLeft(4000, 2000, 5000)).toBe(6);
    expect(secondsLeft(0, 0, 5000)).toBeNull();
    expect(timeLeftLabel(null)).toBe('estimating time left…');
    expect(timeLeftLabel(0)).toBe('less than a second left');
    expect(timeLeftLabel(6)).toBe('about 6 s left');
    expect(timeLeftLabel(65)).toBe('about 1 min 5 s left');
  });

  it('reports progress as a fraction and names the file', () => {
    expect(
      exportFraction({ pages: 1, rows: 250, totalCount: 1000, duplicates: 0, done: false }),
    ).toBe(0.25);
    expect(exportFraction({ pages: 1, rows: 0, totalCount: 0, duplicates: 0, done: true })).toBe(1);
    expect(exportFileName('demo', '2026-11-20')).toBe('events-demo-2026-11-20.csv');
    expect(exportFileName('a/b', '2026-11-20')).toBe('events-a_b-2026-11-20.csv');
  });
});
