import type { SqlParams } from '../query/sql-params.ts';

/**
 * The real server reads §9.6's numbers from a ClickHouse `sessions` table that the worker maintains
 * (shared/openpanel-api.md §12.8.2). The emulator has no such table, so this CTE derives one row per
 * non-empty `session_id` from the events, with the worker's rules:
 * - `created_at` (the session start) is the first event's time, not counting the `session_start` marker
 *   (written 100 ms before the event that opened the session) or `session_end` (1 s after the last event);
 * - `duration` is the `duration` column of the session's `session_end` when there is one, otherwise last
 *   minus first event time (markers excluded), in ms;
 * - `screen_view_count` counts `screen_view` events that have a path; a session bounces while it is ≤ 1;
 * - `profile_id` is the newest identified profile id (one that differs from the device id), otherwise the
 *   first event's profile id (the device id for anonymous visitors);
 * - `path`/`origin` are the entry path/origin: the first non-empty ones. They carry the event column names
 *   so that `filtersToSql` applies `origin` to the entry origin, as the server does on sessions;
 * - `properties` is the first event's, so the bare `utm_*` filter names (read by `filtersToSql` from
 *   `properties.__query.utm_*`) see the session's own utm values, which the worker takes from there;
 * - geo, device and referrer columns come from the first event, `revenue` sums `revenue` events.
 * Sessions are built from events within a day either side of the window: a session that straddles that
 * margin (over 24 h of continuous activity) would be cut short, which a 30-minute timeout makes moot.
 */
const FIRST_EVENT_COLUMNS = [
  'device_id',
  'referrer',
  'referrer_name',
  'referrer_type',
  'country',
  'city',
  'region',
  'os',
  'os_version',
  'browser',
  'browser_version',
  'device',
  'brand',
  'model',
  'properties',
];

const MARGIN_MS = 86_400_000;

export function metricsSessionsCte(
  params: SqlParams,
  projectId: string,
  startUtc: Date,
  endUtc: Date,
): string {
  const project = params.add(projectId);
  const lo = params.add(new Date(startUtc.getTime() - MARGIN_MS));
  const hi = params.add(new Date(endUtc.getTime() + MARGIN_MS));
  const firsts = FIRST_EVENT_COLUMNS.map((c) => `arg_min(${c}, created_at) AS ${c}`).join(
    ',\n    ',
  );
  return `session_events AS (
  SELECT *, name IN ('session_start', 'session_end') AS marker
  FROM events
  WHERE project_id = ${project} AND session_id != '' AND created_at BETWEEN ${lo} AND ${hi}
),
sessions AS (
  SELECT
    session_id AS id,
    coalesce(min(created_at) FILTER (WHERE NOT marker), min(created_at)) AS created_at,
    coalesce(
      max(duration) FILTER (WHERE name = 'session_end'),
      date_diff('millisecond', min(created_at) FILTER (WHERE NOT marker), max(created_at) FILTER (WHERE NOT marker)),
      0
    ) AS duration,
    count(*) FILTER (WHERE name = 'screen_view' AND path != '') AS screen_view_count,
    coalesce(
      arg_max(profile_id, created_at) FILTER (WHERE profile_id != '' AND profile_id != device_id),
      arg_min(profile_id, created_at)
    ) AS profile_id,
    coalesce(arg_min(path, created_at) FILTER (WHERE path != ''), '') AS path,
    coalesce(arg_min(origin, created_at) FILTER (WHERE origin != ''), '') AS origin,
    coalesce(sum(revenue) FILTER (WHERE name = 'revenue'), 0) AS revenue,
    ${firsts}
  FROM session_events
  GROUP BY session_id
)`;
}
