import type { Filter } from '../../contract/openpanel-common.ts';
import {
  NUMERIC_EVENT_COLUMNS,
  propertyValueSql,
  resolveEventField,
  TIME_EVENT_COLUMNS,
  wildcardValuesSql,
} from './event-columns.ts';
import type { SqlParams } from './sql-params.ts';

type Operator = Filter['operator'];
type ValueType = NonNullable<Filter['type']>;
type Subject =
  | { kind: 'column'; column: string }
  | { kind: 'property'; sql: string }
  | { kind: 'wildcard'; listSql: string };

/** §6: every value is `String(v)`-ed and trimmed before it is compared. */
const textOf = (value: Filter['value'][number]) => String(value).trim();

/** Operators a `type` other than `string` changes (§6.1 "type"). */
const TYPED_OPERATORS: Partial<Record<Operator, string>> = {
  is: '=',
  isNot: '!=',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};

/**
 * Both sides of a typed comparison, converted like ClickHouse's `*OrNull` parsers so that an unreadable
 * value is NULL and never matches. `datetime`/`date` use DuckDB's timestamp parser, which reads the ISO
 * forms (with or without `T`, seconds or offset) that `parseDateTimeBestEffort` is used for in practice.
 */
function castSql(expr: string, type: ValueType): string {
  const text = `CAST(${expr} AS VARCHAR)`;
  switch (type) {
    case 'number':
      return `TRY_CAST(${text} AS DOUBLE)`;
    case 'date':
      return `CAST(TRY_CAST(${text} AS TIMESTAMPTZ) AS DATE)`;
    case 'datetime':
      return `TRY_CAST(${text} AS TIMESTAMPTZ)`;
    case 'boolean':
      return `(CASE WHEN lower(trim(${text})) IN ('true', '1', 'yes') THEN 1 ELSE 0 END)`;
    case 'string':
      return expr;
  }
}

/** Upstream escapes typed values without String()-ing them: null stays NULL, so it never matches. */
function typedValue(value: Filter['value'][number], params: SqlParams): string {
  if (value === null) return 'CAST(NULL AS VARCHAR)';
  return params.add(typeof value === 'string' ? value.trim() : String(value));
}

function typedClause(left: string, filter: Filter, type: ValueType, params: SqlParams): string {
  const op = TYPED_OPERATORS[filter.operator] ?? '=';
  // isNot must differ from every value (AND); the others match any value (OR) — §6.1.
  const joiner = filter.operator === 'isNot' ? ' AND ' : ' OR ';
  const parts = filter.value.map(
    (v) => `${castSql(left, type)} ${op} ${castSql(typedValue(v, params), type)}`,
  );
  return `(${parts.join(joiner)})`;
}

const any = (parts: string[]) => `(${parts.join(' OR ')})`;
const like = (expr: string, pattern: string) => `${expr} LIKE ${pattern} ESCAPE '\\'`;

/**
 * One untyped comparison on a scalar expression. `kind` decides gt/lt/… semantics (§6.1): numeric with
 * non-numbers read as 0 on property paths, numeric on the four numeric columns, string order elsewhere.
 * LIKE patterns keep `%`/`_` in values as wildcards: the server splices values into the pattern unescaped
 * (chart.service.ts `LIKE %v%`), and `\` escapes as in ClickHouse.
 */
function untypedClause(
  expr: string,
  kind: 'property' | 'numeric' | 'time' | 'string',
  filter: Filter,
  params: SqlParams,
  stripRegexSlashes: boolean,
): string | undefined {
  const values = filter.value.map(textOf);
  const bind = (v: string) => params.add(v);
  // ClickHouse parses a string compared with DateTime64 as a date-time (an unparseable one is an error).
  const scalar = (v: string) => (kind === 'time' ? `CAST(${bind(v)} AS TIMESTAMP_MS)` : bind(v));
  const text = kind === 'numeric' || kind === 'time' ? `CAST(${expr} AS VARCHAR)` : expr;
  const compare = (op: string) =>
    any(
      values.map((v) => {
        if (kind === 'property') {
          return `coalesce(TRY_CAST(${expr} AS DOUBLE), 0) ${op} CAST(${bind(v)} AS DOUBLE)`;
        }
        if (kind === 'numeric') return `CAST(${expr} AS DOUBLE) ${op} CAST(${bind(v)} AS DOUBLE)`;
        return `${expr} ${op} ${scalar(v)}`;
      }),
    );
  switch (filter.operator) {
    case 'is':
      return `${expr} IN (${values.map(scalar).join(', ')})`;
    case 'isNot':
      return `${expr} NOT IN (${values.map(scalar).join(', ')})`;
    case 'contains':
      return any(values.map((v) => like(text, bind(`%${v}%`))));
    case 'doesNotContain':
      // An OR of NOT LIKE: true when the field lacks any one of the values (§6.1).
      return any(values.map((v) => `NOT (${like(text, bind(`%${v}%`))})`));
    case 'startsWith':
      return any(values.map((v) => like(text, bind(`${v}%`))));
    case 'endsWith':
      return any(values.map((v) => like(text, bind(`%${v}`))));
    case 'regex':
      return any(
        filter.value.map((v) => {
          // Slashes are stripped (before trimming) only on top-level columns (§6.1).
          const pattern = stripRegexSlashes
            ? String(v)
                .replace(/^\/+|\/+$/g, '')
                .trim()
            : textOf(v);
          return `regexp_matches(${text}, ${bind(pattern)})`;
        }),
      );
    case 'isNull':
      return `(${text} = '' OR ${expr} IS NULL)`;
    case 'isNotNull':
      return `(${text} != '' AND ${expr} IS NOT NULL)`;
    case 'gt':
      return compare('>');
    case 'lt':
      return compare('<');
    case 'gte':
      return compare('>=');
    case 'lte':
      return compare('<=');
    default:
      return undefined;
  }
}

function subjectOf(filter: Filter): { subject: Subject; profile: boolean } | 'ignore' | string {
  const field = resolveEventField(filter.name);
  if (!field) return 'ignore';
  switch (field.kind) {
    case 'column':
      return { subject: { kind: 'column', column: field.column }, profile: false };
    case 'property':
      return {
        subject: { kind: 'property', sql: propertyValueSql(field.source, field.key) },
        profile: field.source === 'profile',
      };
    case 'wildcard':
      // Upstream compares an Array(String) with a scalar here, which ClickHouse rejects: a 500.
      if (field.pattern === undefined) throw new Error(`Unusable wildcard name ${filter.name}`);
      return {
        subject: { kind: 'wildcard', listSql: wildcardValuesSql(field.source, field.pattern) },
        profile: field.source === 'profile',
      };
    case 'hasProfile':
      // The raw values are checked, not String()-ed ones: `[true]` (a boolean) selects anonymous events.
      return filter.value.includes('true')
        ? 'e.profile_id != e.device_id'
        : 'e.profile_id = e.device_id';
    case 'group':
      // No groups table: every group field reads as '' (see event-columns.ts).
      return { subject: { kind: 'property', sql: `''` }, profile: false };
    case 'profileColumn':
    case 'cohort':
      // profile.email & co. work as breakdowns only; as filters the server drops them (§6.2).
      return 'ignore';
  }
}

/** One filter's condition, or undefined when the server ignores it. */
function filterSql(
  filter: Filter,
  params: SqlParams,
): { sql: string; needsProfileJoin: boolean } | undefined {
  if (filter.operator === 'inCohort' || filter.operator === 'notInCohort') {
    const ids = filter.cohortIds?.length
      ? filter.cohortIds
      : filter.cohortId
        ? [filter.cohortId]
        : [];
    if (ids.length === 0) return undefined;
    // There are no cohorts in the emulator: nobody is in one, so inCohort matches nothing and
    // notInCohort everything.
    return { sql: filter.operator === 'inCohort' ? 'FALSE' : 'TRUE', needsProfileJoin: false };
  }
  // `value: []` drops the filter, except for the null checks (§6).
  if (
    filter.value.length === 0 &&
    filter.operator !== 'isNull' &&
    filter.operator !== 'isNotNull'
  ) {
    return undefined;
  }
  const resolved = subjectOf(filter);
  if (resolved === 'ignore') return undefined;
  if (typeof resolved === 'string') return { sql: resolved, needsProfileJoin: false };
  const { subject, profile } = resolved;
  const typed =
    filter.type !== undefined && filter.type !== 'string' && TYPED_OPERATORS[filter.operator];
  let sql: string | undefined;
  if (subject.kind === 'wildcard') {
    const inner =
      typed && filter.type
        ? typedClause('x', filter, filter.type, params)
        : untypedClause('x', 'property', filter, params, false);
    // Any matching key satisfies the filter (upstream `arrayExists`).
    sql = inner && `(len(list_filter(${subject.listSql}, lambda x: ${inner})) > 0)`;
  } else {
    const expr = subject.kind === 'column' ? `e.${subject.column}` : subject.sql;
    if (typed && filter.type) {
      sql = typedClause(expr, filter, filter.type, params);
    } else if (subject.kind === 'column') {
      const kind = NUMERIC_EVENT_COLUMNS.has(subject.column)
        ? 'numeric'
        : TIME_EVENT_COLUMNS.has(subject.column)
          ? 'time'
          : 'string';
      sql = untypedClause(expr, kind, filter, params, true);
    } else {
      sql = untypedClause(expr, 'property', filter, params, false);
    }
  }
  return sql === undefined ? undefined : { sql, needsProfileJoin: profile };
}

/** AND of all filters as one SQL condition ('TRUE' when none apply), values bound through params. */
export function filtersToSql(
  filters: Filter[],
  params: SqlParams,
): { sql: string; needsProfileJoin: boolean } {
  const parts: string[] = [];
  let needsProfileJoin = false;
  for (const filter of filters) {
    const clause = filterSql(filter, params);
    if (!clause) continue;
    parts.push(clause.sql);
    needsProfileJoin ||= clause.needsProfileJoin;
  }
  return {
    sql: parts.length === 0 ? 'TRUE' : parts.map((p) => `(${p})`).join(' AND '),
    needsProfileJoin,
  };
}
