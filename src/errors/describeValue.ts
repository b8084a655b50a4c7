/**
 * Describes any value for an error message, without ever throwing: strings are quoted as JSON,
 * numbers, booleans, `null`, `undefined` and BigInts (`12n`) are written out, and values that are
 * not plain data — a Symbol, a function, a `Date`, a Map/Set, a cyclic or prototype-less object —
 * are named by their kind. Long strings are cut after 60 characters. `JSON.stringify` and
 * `String()` are not safe for this (a BigInt, a Symbol or an object without prototype throws).
 *
 * @param value - Anything an error message has to mention.
 * @param bareString - Write a string as its JSON only (`"2025-06-31"`) and a number or boolean as
 *   itself (`8`), without the word for its type.
 * @returns A short description, e.g. `string "2025-06-31"`, `bigint 12n`, `a Symbol`.
 * @internal
 */
export function describeValue(value: unknown, bareString = false): string {
  // Written for size (issue 11: addDays < 1 kB carries this): one `typeof`, shared prefixes.
  const type = typeof value;
  const prefix = bareString ? '' : `${type} `;
  if (type === 'string') {
    const text = value as string;
    const long = text.length > 60;
    return `${prefix}${JSON.stringify(long ? `${text.slice(0, 60)}…` : text)}${long ? ` (${text.length} characters)` : ''}`;
  }
  if (type === 'number' || type === 'boolean') return prefix + (Object.is(value, -0) ? '-0' : String(value));
  if (type === 'bigint') return `bigint ${value as bigint}n (use a number)`;
  if (type === 'undefined') return type;
  if (type === 'symbol') return 'a Symbol';
  if (type === 'function') return 'a function';
  return value === null ? 'null'
    : Array.isArray(value) ? `array (${value.length} items)`
    : value instanceof Date ? "Date object (use a 'YYYY-MM-DD' string)"
    : value instanceof Map ? 'Map'
    : value instanceof Set ? 'Set'
    : ArrayBuffer.isView(value) ? 'typed array'
    : 'object';
}
