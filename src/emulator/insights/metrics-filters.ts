import type { Filter } from '../../contract/openpanel-common.ts';

/**
 * The only filter names the metrics route applies (shared/openpanel-api.md §9.6 "Filters"). Every other name
 * — `properties.*`, `profile.*`, `name`, `has_profile`, camelCase aliases such as `referrerName` — is
 * silently dropped: upstream checks the raw name against this list before any alias is resolved.
 */
export const METRICS_FILTER_NAMES: ReadonlySet<string> = new Set([
  'os',
  'path',
  'city',
  'brand',
  'model',
  'origin',
  'region',
  'device',
  'revenue',
  'country',
  'browser',
  'referrer',
  'os_version',
  'referrer_name',
  'browser_version',
  'referrer_type',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
]);

/** The filters that take effect, in their original order. */
export const metricsFilters = (filters: Filter[]): Filter[] =>
  filters.filter((f) => METRICS_FILTER_NAMES.has(f.name));

/** §9.6: any filter named `path` switches to the page-view computation, whatever its operator or value. */
export const hasPathFilter = (filters: Filter[]): boolean => filters.some((f) => f.name === 'path');
