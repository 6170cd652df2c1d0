/**
 * How a filter or breakdown name (shared/openpanel-api.md §5.5, §6.2) maps onto the emulator's `events`
 * table, aliased `e`, with profiles joined as `pr`
 * (`LEFT JOIN profiles pr ON pr.project_id = e.project_id AND pr.id = e.profile_id`).
 */
export interface ColumnSql {
  sql: string;
  numeric: boolean;
  needsProfileJoin: boolean;
}

/** The real server's top-level events columns; any other bare name is dropped (§5.5, §6.2). */
export const EVENT_TOP_LEVEL_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'sdk_name',
  'sdk_version',
  'device_id',
  'profile_id',
  'project_id',
  'session_id',
  'path',
  'origin',
  'referrer',
  'referrer_name',
  'referrer_type',
  'duration',
  'revenue',
  'created_at',
  'country',
  'city',
  'region',
  'longitude',
  'latitude',
  'os',
  'os_version',
  'browser',
  'browser_version',
  'device',
  'brand',
  'model',
  'imported_at',
]);

/** gt/lt/gte/lte compare these numerically; other columns compare as strings (§6.1). */
export const NUMERIC_EVENT_COLUMNS: ReadonlySet<string> = new Set([
  'duration',
  'revenue',
  'longitude',
  'latitude',
]);

/** DateTime64 columns: ClickHouse parses a compared string as a date-time. */
export const TIME_EVENT_COLUMNS: ReadonlySet<string> = new Set(['created_at', 'imported_at']);

const CAMEL_CASE_ALIASES: Readonly<Record<string, string>> = {
  referrerName: 'referrer_name',
  referrerType: 'referrer_type',
  sessionId: 'session_id',
  deviceId: 'device_id',
  profileId: 'profile_id',
  projectId: 'project_id',
  osVersion: 'os_version',
  browserVersion: 'browser_version',
  sdkName: 'sdk_name',
  sdkVersion: 'sdk_version',
  createdAt: 'created_at',
  importedAt: 'imported_at',
};

const BARE_UTM_NAMES: ReadonlySet<string> = new Set([
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
]);

/** Breakdown-only profile columns: as filters the server silently ignores them (§6.2). */
const PROFILE_COLUMNS: Readonly<Record<string, string>> = {
  'profile.email': 'email',
  'profile.first_name': 'first_name',
  'profile.last_name': 'last_name',
  'profile.created_at': 'created_at',
  'profile.last_seen_at': 'last_seen_at',
};

/** camelCase aliases become columns; bare `utm_*` live in the query-string properties (§5.5). */
export function normalizeEventField(name: string): string {
  if (Object.hasOwn(CAMEL_CASE_ALIASES, name)) return CAMEL_CASE_ALIASES[name]!;
  if (BARE_UTM_NAMES.has(name)) return `properties.__query.${name}`;
  return name;
}

export type PropertySource = 'event' | 'profile';

/** What a (normalized) name refers to. Filters need more than a scalar expression for wildcards. */
export type EventField =
  | { kind: 'column'; column: string }
  | { kind: 'property'; source: PropertySource; key: string }
  /** `pattern` is the key LIKE pattern, or undefined when the name has `*` but no usable wildcard. */
  | { kind: 'wildcard'; source: PropertySource; pattern: string | undefined }
  | { kind: 'profileColumn'; column: string }
  | { kind: 'hasProfile' }
  | { kind: 'group' }
  | { kind: 'cohort'; label: string };

/**
 * The server's key pattern for a wildcard name: only the first `.*.` becomes `.%.`, a trailing `[*]`
 * becomes `.%`, the first other `[*]` (plus the character after it) becomes `.%.`. Only an events
 * `properties.` prefix is removed, so `profile.properties.a.*.b` keeps its prefix and, matched against
 * profile keys, finds nothing — as upstream. A trailing `.*` is not rewritten at all.
 */
export function wildcardKeyPattern(name: string): string {
  return name
    .replace(/^properties\./, '')
    .replace('.*.', '.%.')
    .replace(/\[\*\]$/, '.%')
    .replace(/\[\*\].?/, '.%.');
}

export function resolveEventField(rawName: string): EventField | undefined {
  const name = normalizeEventField(rawName);
  if (name === 'has_profile') return { kind: 'hasProfile' };
  // `cohort:<id>` / `cohort`: there is no cohort table, so every profile is outside every cohort.
  if (name.startsWith('cohort:')) return { kind: 'cohort', label: 'Not In Cohort' };
  if (name === 'cohort') return { kind: 'cohort', label: 'Unknown' };
  // There is no groups table: group.name/type/properties.* read as empty strings (brief; see report).
  if (name.startsWith('group.')) return { kind: 'group' };
  for (const [prefix, source] of [
    ['properties.', 'event'],
    ['profile.properties.', 'profile'],
  ] as const) {
    if (!name.startsWith(prefix)) continue;
    if (name.includes('*')) {
      const pattern = wildcardKeyPattern(name);
      return { kind: 'wildcard', source, pattern: pattern.includes('%') ? pattern : undefined };
    }
    return { kind: 'property', source, key: name.slice(prefix.length) };
  }
  if (Object.hasOwn(PROFILE_COLUMNS, name)) {
    return { kind: 'profileColumn', column: PROFILE_COLUMNS[name]! };
  }
  if (EVENT_TOP_LEVEL_COLUMNS.has(name)) return { kind: 'column', column: name };
  return undefined;
}

/**
 * A SQL string literal. Property keys are part of the name, not a value, and this interface has no bind
 * parameters, so they are quoted here (DuckDB literals have no backslash escapes: doubling `'` suffices).
 */
export function sqlStringLiteral(text: string): string {
  if (text.includes('\u0000')) throw new Error('NUL character in SQL literal');
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The stored value of one flattened property key. A JSON pointer (`/a.b`) reads keys that contain dots,
 * quotes or slashes without any path parsing. A missing key reads as `''`, like a ClickHouse Map lookup.
 */
export function propertyValueSql(source: PropertySource, key: string): string {
  const json = source === 'event' ? 'e.properties' : 'pr.properties';
  const pointer = `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return `coalesce(json_extract_string(${json}, ${sqlStringLiteral(pointer)}), '')`;
}

/** The trimmed values of every key matching a LIKE pattern, as a VARCHAR[] (upstream `mapExtractKeyLike`). */
export function wildcardValuesSql(source: PropertySource, pattern: string): string {
  const json = source === 'event' ? 'e.properties' : 'pr.properties';
  const entries = `map_entries(json_transform(${json}, '"MAP(VARCHAR, VARCHAR)"'))`;
  return `list_transform(list_filter(${entries}, lambda kv: kv.key LIKE ${sqlStringLiteral(pattern)} ESCAPE '\\'), lambda kv: trim(kv.value))`;
}

/** SQL expression for a filter/breakdown name over `events` aliased `e` (profiles joined as `pr`); undefined when the server ignores the name. */
export function eventColumnSql(name: string, use: 'filter' | 'breakdown'): ColumnSql | undefined {
  const field = resolveEventField(name);
  if (!field) return undefined;
  const plain = (sql: string, needsProfileJoin = false): ColumnSql => ({
    sql,
    numeric: false,
    needsProfileJoin,
  });
  switch (field.kind) {
    case 'column': {
      const column = `e.${field.column}`;
      if (NUMERIC_EVENT_COLUMNS.has(field.column)) {
        return { sql: column, numeric: true, needsProfileJoin: false };
      }
      // A breakdown label is ClickHouse's DateTime64(3) text; filters compare the raw timestamp.
      if (use === 'breakdown' && TIME_EVENT_COLUMNS.has(field.column)) {
        return plain(`strftime(${column}, '%Y-%m-%d %H:%M:%S.%g')`);
      }
      return plain(column);
    }
    case 'property':
      return plain(propertyValueSql(field.source, field.key), field.source === 'profile');
    case 'wildcard':
      // Upstream yields an Array(String) here, which is no scalar; filtersToSql handles wildcards itself.
      return undefined;
    case 'profileColumn': {
      if (use === 'filter') return undefined;
      const column = `pr.${field.column}`;
      // An unmatched LEFT ANY JOIN in ClickHouse yields default values: '' and the zero DateTime.
      return field.column.endsWith('_at')
        ? plain(`coalesce(strftime(${column}, '%Y-%m-%d %H:%M:%S'), '1970-01-01 00:00:00')`, true)
        : plain(`coalesce(${column}, '')`, true);
    }
    case 'hasProfile':
      return plain(`CASE WHEN e.profile_id != e.device_id THEN 'true' ELSE 'false' END`);
    case 'group':
      return plain(`''`);
    case 'cohort':
      return use === 'breakdown' ? plain(sqlStringLiteral(field.label)) : undefined;
  }
}
