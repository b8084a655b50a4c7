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
  switch (typeof value) {
    case 'string':
      return `${bareString ? '' : 'string '}${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}${value.length > 60 ? ` (${value.length} characters)` : ''}`;
    case 'number':
      return `${bareString ? '' : 'number '}${Object.is(value, -0) ? '-0' : value}`;
    case 'bigint':
      return `bigint ${value}n (use a number)`;
    case 'boolean':
      return `${bareString ? '' : 'boolean '}${value}`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a Symbol';
    case 'function':
      return 'a function';
    default:
      break;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array (${value.length} items)`;
  if (value instanceof Date) return "Date object (use a 'YYYY-MM-DD' string)";
  if (value instanceof Map) return 'Map';
  if (value instanceof Set) return 'Set';
  if (ArrayBuffer.isView(value)) return 'typed array';
  return 'object';
}
