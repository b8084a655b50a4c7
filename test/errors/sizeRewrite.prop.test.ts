/**
 * Issue 11 (addDays < 1 kB) rewrote describeValue, the constructor check of PoortwachterError and
 * isValidIsoDate for size. These properties pin them to the previous implementations (kept below
 * verbatim as oracles): every message, code and path byte-identical.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { describeValue } from '../../src/errors/describeValue.js';
import { PoortwachterError, type InputIssue } from '../../src/errors/PoortwachterError.js';
import { isValidIsoDate } from '../../src/calendar/isValidIsoDate.js';

function oldDescribeValue(value: unknown, bareString = false): string {
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

const ISSUE_CODES: ReadonlySet<string> = new Set(['invalid_type', 'invalid_date', 'missing', 'unrecognized_key', 'invalid_value', 'end_before_start', 'overlap', 'open_period', 'out_of_scope', 'inconsistent']);
function oldCheckArguments(functionName: unknown, issues: unknown): InputIssue[] {
  const own: InputIssue[] = [];
  if (typeof functionName !== 'string') own.push({ path: ['functionName'], code: 'invalid_type', message: `expected a string, got ${oldDescribeValue(functionName)}` });
  if (!Array.isArray(issues) || issues.length === 0) {
    own.push({ path: ['issues'], code: 'invalid_value', message: `expected a non-empty array of issues, got ${oldDescribeValue(issues)}` });
    return own;
  }
  issues.forEach((i: unknown, n) => {
    if (typeof i !== 'object' || i === null) {
      own.push({ path: ['issues', n], code: 'invalid_type', message: `expected an issue { path, code, message }, got ${oldDescribeValue(i)}` });
      return;
    }
    const { path, code, message } = i as Record<string, unknown>;
    if (!Array.isArray(path) || !path.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s) && s >= 0))) {
      own.push({ path: ['issues', n, 'path'], code: 'invalid_type', message: `expected an array of field names and indexes, got ${oldDescribeValue(path)}` });
    }
    if (typeof code !== 'string' || !ISSUE_CODES.has(code)) own.push({ path: ['issues', n, 'code'], code: 'invalid_value', message: `expected one of ${[...ISSUE_CODES].join(', ')}, got ${oldDescribeValue(code)}` });
    if (typeof message !== 'string') own.push({ path: ['issues', n, 'message'], code: 'invalid_type', message: `expected a string, got ${oldDescribeValue(message)}` });
  });
  return own;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function oldIsValidIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const dim = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= dim;
}

const odd = fc.oneof(
  fc.constantFrom(-0, 0, NaN, Infinity, -Infinity, 1.5, 2 ** 53, null, undefined, true, false, 12n, Symbol('s'), () => 1,
    new Date(0), new Map(), new Set(), new Uint8Array(2), Object.create(null), [], [1, 2], {}, '', 'x'.repeat(60), 'é'.repeat(61)),
  fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withDate: true, withNullPrototype: true, withSparseArray: true }),
  fc.string({ maxLength: 80 }),
);
const pathSegment = fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: -2, max: 5 }), fc.constantFrom(1.5, NaN, -0), odd);
const issueLike = fc.oneof(
  fc.record({ path: fc.oneof(fc.array(pathSegment, { maxLength: 3 }), odd), code: fc.oneof(fc.constantFrom(...ISSUE_CODES, 'nope'), odd), message: fc.oneof(fc.string({ maxLength: 10 }), odd) }, { requiredKeys: [] }),
  odd,
);

function outcome(f: () => unknown): unknown {
  try {
    f();
    return 'ok';
  } catch (e) {
    const err = e as PoortwachterError;
    return { name: err.name, message: err.message, functionName: err.functionName, issues: err.issues };
  }
}

describe('size rewrite (issue 11) keeps every message byte-identical', () => {
  test.prop([odd, fc.boolean()], { numRuns: 2000 })('describeValue', (v, bare) => {
    expect(describeValue(v, bare)).toBe(oldDescribeValue(v, bare));
  });

  test.prop([fc.oneof(fc.string({ maxLength: 8 }), odd), fc.oneof(fc.array(issueLike, { maxLength: 4 }), odd)], { numRuns: 2000 })(
    'the PoortwachterError constructor check of its own arguments',
    (fn, issues) => {
      const own = oldCheckArguments(fn, issues);
      const expected = own.length > 0
        ? outcome(() => { throw new PoortwachterError('PoortwachterError', own); })
        : outcome(() => new PoortwachterError(fn as string, issues as InputIssue[]));
      expect(outcome(() => new PoortwachterError(fn as string, issues as InputIssue[]))).toEqual(expected);
    },
  );

  const dateLike = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    fc.tuple(fc.integer({ min: 1899, max: 3000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 27, max: 32 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    fc.string({ maxLength: 12 }),
    odd,
  );
  test.prop([dateLike], { numRuns: 5000 })('isValidIsoDate', (v) => {
    expect(isValidIsoDate(v)).toBe(oldIsValidIsoDate(v));
  });
});
