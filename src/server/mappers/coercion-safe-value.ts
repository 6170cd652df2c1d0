/**
 * The upstream coerces every export/insights query value (§1.2): numeric strings become numbers, `true`/
 * `false` booleans, and anything that parses as JSON is parsed (except `null`). A string parameter whose
 * value would be coerced is therefore sent as a JSON string literal (`404` → `"404"`), which decodes back to
 * the same string.
 */
export function coercionSafeValue(value: string): string {
  if (/^-?[0-9]+(\.[0-9]+)?$/.test(value) || value === 'true' || value === 'false') {
    return JSON.stringify(value);
  }
  if (value === 'null') return value;
  // Only text that starts like a JSON value (after JSON whitespace) can parse as one; checking first skips a thrown SyntaxError
  // (slow) for the common case, plain names such as a project id or an event name.
  if (!/^\s*[[{"\d\-tfn]/.test(value)) return value;
  try {
    JSON.parse(value);
    return JSON.stringify(value);
  } catch {
    return value;
  }
}
