/**
 * §9.1: the server's query builder treats a value shaped like `YYYY-MM-DD…` or `word(YYYY-MM-DD…)` as a
 * date literal: it quotes the date part and splices the rest into the SQL. A plain date therefore
 * compares as itself, and `toString(2026-08-01)` becomes `toString('2026-08-01')`, i.e. the string
 * `2026-08-01`. Other spliced forms are function calls the emulator cannot run the ClickHouse way
 * (`toDate(…)` against a String column, an unbalanced parenthesis), which the real server answers with a
 * 500, so they throw here.
 */
const DATE_VALUE = /^(?:([a-zA-Z]\w*)\()?(\d{4}-\d{2}-\d{2}(?:[\s:\d.]+)?)(\))?$/;

/** ClickHouse string functions that return a date-shaped ASCII string unchanged. */
const IDENTITY_FUNCTIONS = new Set([
  'toString',
  'lower',
  'upper',
  'lowerUTF8',
  'upperUTF8',
  'trim',
  'trimBoth',
]);

/** The string a `clix(...).where(column, '=', value)` value compares as. */
export function clixStringValue(value: string): string {
  const match = DATE_VALUE.exec(value);
  if (!match) return value;
  const [, fn, date, close] = match;
  if (fn === undefined && close === undefined) return value;
  if (fn !== undefined && close !== undefined && IDENTITY_FUNCTIONS.has(fn)) {
    // `trim` would also drop the trailing whitespace the date pattern allows.
    return fn.startsWith('trim') ? date!.trim() : date!;
  }
  throw new Error(`Spliced SQL expression in a query value: ${value}`);
}
