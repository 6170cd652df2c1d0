import { expect } from 'vitest';
import type { FixtureEvent, TestEmulator } from '../testing/test-emulator.ts';

/**
 * The shared fixture of the black-box `/export/charts` conformance tests (shared/openpanel-api.md §5):
 * clock 2026-08-22T12:00:00Z (a Saturday), so in UTC 7d = [2026-08-15 00:00:00, 2026-08-23 00:00:00].
 */
export const CHART_FIXTURE_EVENTS: FixtureEvent[] = [
  {
    name: 'screen_view',
    created_at: '2026-08-22T10:00:00Z',
    profile_id: 'p1',
    session_id: 's1',
    country: 'SE',
  },
  {
    name: 'screen_view',
    created_at: '2026-08-22T11:00:00Z',
    profile_id: 'p2',
    session_id: 's2',
    country: 'DE',
  },
  {
    name: 'screen_view',
    created_at: '2026-08-21T09:00:00Z',
    profile_id: 'p1',
    session_id: 's3',
    country: 'SE',
  },
  {
    name: 'screen_view',
    created_at: '2026-08-15T00:00:00Z',
    profile_id: 'p3',
    session_id: 's4',
    country: 'SE',
  },
  {
    name: 'screen_view',
    created_at: '2026-08-14T23:59:59Z',
    profile_id: 'p3',
    session_id: 's5',
    country: 'SE',
  },
  {
    name: 'signup',
    created_at: '2026-08-22T10:30:00Z',
    profile_id: 'p1',
    session_id: 's1',
    country: 'SE',
  },
  {
    name: 'screen_view',
    created_at: '2026-08-22T23:30:00Z',
    profile_id: 'p4',
    session_id: 's6',
    country: '',
  },
  {
    name: 'Sign Up!',
    created_at: '2026-08-20T12:00:00Z',
    profile_id: 'p5',
    session_id: 's7',
    country: 'SE',
  },
];

export const encodeJson = (value: unknown) => encodeURIComponent(JSON.stringify(value));
/** `series=[{"name":…},…]` for plain event-count series. */
export const seriesParam = (...names: string[]) =>
  `series=${encodeJson(names.map((name) => ({ name })))}`;

export interface ChartPoint {
  date: string;
  count: number | null;
  previous?: unknown;
}
export interface ChartSeriesBody {
  id: string;
  names: string[];
  event: Record<string, unknown>;
  metrics: Record<string, unknown>;
  data: ChartPoint[];
}
export interface ChartBody {
  series: ChartSeriesBody[];
  metrics: Record<string, number>;
}

export async function fetchChart(on: TestEmulator, query: string): Promise<ChartBody> {
  const res = await on.get(`/export/charts?${query}`, 'read');
  expect(res.status).toBe(200);
  return (await res.json()) as ChartBody;
}
/** `2026-08-<from> 00:00:00` … `2026-08-<to> 00:00:00`. */
export const augustDays = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `2026-08-${String(from + i).padStart(2, '0')} 00:00:00`,
  );
export const pointCounts = (s: ChartSeriesBody) => s.data.map((p) => p.count);
