import { describeValue } from './describeValue.js';

/**
 * Stable codes for what is wrong with an input.
 *
 * - `invalid_type` — wrong kind of value (e.g. a number where a date string belongs).
 * - `invalid_date` — not a real `'YYYY-MM-DD'` date in 1900–2999.
 * - `missing` — a required field is absent.
 * - `unrecognized_key` — an option or field the function does not know (typos are not ignored).
 * - `invalid_value` — a value outside the allowed set or range.
 * - `end_before_start` — a period whose `to` lies before its `from`.
 * - `overlap` — two periods share days.
 * - `open_period` — more than one open period, or an open period that is not the latest.
 * - `out_of_scope` — a valid input the library does not (yet) decide, e.g. sickness before 2004.
 * - `inconsistent` — facts that contradict each other (e.g. an event after `asOf`).
 */
export type InputIssueCode =
  | 'invalid_type'
  | 'invalid_date'
  | 'missing'
  | 'unrecognized_key'
  | 'invalid_value'
  | 'end_before_start'
  | 'overlap'
  | 'open_period'
  | 'out_of_scope'
  | 'inconsistent';

// The codes of InputIssueCode, for the constructor's own check.
const ISSUE_CODES: readonly string[] = ['invalid_type', 'invalid_date', 'missing', 'unrecognized_key', 'invalid_value', 'end_before_start', 'overlap', 'open_period', 'out_of_scope', 'inconsistent'];

/** One problem with an input: where (`path`), what (`code`) and a sentence (`message`). */
export interface InputIssue {
  /** Path to the field, e.g. `['sickPeriods', 1, 'to']`. */
  readonly path: readonly (string | number)[];
  /** Stable, machine-readable code. */
  readonly code: InputIssueCode;
  /** English sentence describing the problem (without the path). */
  readonly message: string;
}

/**
 * Formats a path as `sickPeriods[1].to`.
 *
 * @param path - Path segments.
 * @returns The dotted path, or `(input)` for the root.
 * @internal
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out === '' ? '(input)' : out;
}

/** How many issues the message of a {@link PoortwachterError} lists. */
const MESSAGE_ISSUES = 100;

/**
 * The one error class of poortwachter: thrown for invalid input, never for a legal outcome (those
 * are returned as data). The message names the function, each field and its problem; `issues`
 * carries the same as data.
 *
 * @example
 * try {
 *   computeTimeline({ sickPeriods: [{ from: '2024-03-10', to: '2024-03-01' }] });
 * } catch (e) {
 *   if (e instanceof PoortwachterError) e.issues;
 *   //=> [{ path: ['sickPeriods', 0, 'to'], code: 'end_before_start', message: '…' }]
 * }
 */
export class PoortwachterError extends Error {
  /** Always `'PoortwachterError'`. */
  override readonly name = 'PoortwachterError';
  /** Always `'INVALID_INPUT'`. */
  readonly code = 'INVALID_INPUT' as const;
  /** The public function that rejected the input. */
  readonly functionName: string;
  /** Every problem found, as data. Never empty. */
  readonly issues: readonly InputIssue[];

  /**
   * @param functionName - The public function that rejected the input.
   * @param issues - The problems; at least one.
   * @throws {@link PoortwachterError} (about its own arguments, `functionName` `'PoortwachterError'`)
   *   when `functionName` is not a string or `issues` is not a non-empty array of issues.
   */
  constructor(functionName: string, issues: readonly InputIssue[]) {
    const own = checkArguments(functionName, issues);
    if (own.length > 0) throw new PoortwachterError('PoortwachterError', own);
    // The message names the first MESSAGE_ISSUES issues (all of them stay in `issues`): 100 000 bad
    // list items made a message of tens of megabytes.
    const lines = issues.slice(0, MESSAGE_ISSUES).map((i) => `${formatPath(i.path)}: ${i.message}`);
    if (issues.length > MESSAGE_ISSUES) lines.push(`… and ${issues.length - MESSAGE_ISSUES} more issues`);
    super(`${functionName}: invalid input — ${lines.join('; ')}`);
    this.functionName = functionName;
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
  }

  /**
   * Builds an error with a single issue.
   *
   * @param functionName - The public function.
   * @param path - Path to the field.
   * @param code - Issue code.
   * @param message - Problem sentence.
   * @returns The error (not thrown).
   */
  static single(functionName: string, path: readonly (string | number)[], code: InputIssueCode, message: string): PoortwachterError {
    return new PoortwachterError(functionName, [{ path, code, message }]);
  }
}

/** Problems with the constructor's own arguments (empty when they are fine). Written for size (issue 11). */
function checkArguments(functionName: unknown, issues: unknown): InputIssue[] {
  const own: InputIssue[] = [];
  const add = (path: (string | number)[], code: InputIssueCode, expected: string, got: unknown): number =>
    own.push({ path, code, message: `expected ${expected}, got ${describeValue(got)}` });
  if (typeof functionName !== 'string') add(['functionName'], 'invalid_type', 'a string', functionName);
  if (!Array.isArray(issues) || issues.length === 0) {
    add(['issues'], 'invalid_value', 'a non-empty array of issues', issues);
    return own;
  }
  issues.forEach((i: unknown, n) => {
    if (typeof i !== 'object' || i === null) {
      add(['issues', n], 'invalid_type', 'an issue { path, code, message }', i);
      return;
    }
    const { path, code, message } = i as Record<string, unknown>;
    if (!Array.isArray(path) || !path.every((s) => typeof s === 'string' || (Number.isInteger(s) && (s as number) >= 0))) {
      add(['issues', n, 'path'], 'invalid_type', 'an array of field names and indexes', path);
    }
    if (!ISSUE_CODES.includes(code as string)) add(['issues', n, 'code'], 'invalid_value', `one of ${ISSUE_CODES.join(', ')}`, code);
    if (typeof message !== 'string') add(['issues', n, 'message'], 'invalid_type', 'a string', message);
  });
  return own;
}

/**
 * Type guard for {@link PoortwachterError} that also works across bundle copies (checks the name
 * and the issues array).
 *
 * @param value - Anything caught.
 * @returns `true` for a poortwachter input error.
 * @example
 * try { computeTimeline(input) } catch (e) { if (isPoortwachterError(e)) console.error(e.issues) }
 */
export function isPoortwachterError(value: unknown): value is PoortwachterError {
  return value instanceof PoortwachterError ||
    (value instanceof Error && value.name === 'PoortwachterError' && Array.isArray((value as { issues?: unknown }).issues));
}

/** Result of a `safe…` function: the value, or the issues that a throwing variant would throw. */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: PoortwachterError; readonly issues: readonly InputIssue[] };

/**
 * Runs a throwing function and returns a {@link SafeResult}.
 *
 * A `safe…` function never throws: an error that is not a {@link PoortwachterError} — which
 * would be a bug, or an input the library cannot read at all (a getter or Proxy that throws, nesting
 * too deep for the stack) — is returned as one `invalid_value` issue at the root, naming the error.
 *
 * @param fn - Function that may throw a {@link PoortwachterError}.
 * @param functionName - The public `safe…` function, for that last-resort issue.
 * @returns The result or the issues.
 * @internal
 */
export function toSafe<T>(fn: () => T, functionName = 'poortwachter'): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (e) {
    if (e instanceof PoortwachterError) return { success: false, error: e, issues: e.issues };
    let detail: string;
    try {
      detail = e instanceof Error ? `${e.name}: ${e.message}` : describeValue(e);
    } catch {
      detail = 'an unreadable error';
    }
    const error = PoortwachterError.single(functionName, [], 'invalid_value', `the input could not be processed (${detail}); if it is plain data, please report this as a bug`);
    return { success: false, error, issues: error.issues };
  }
}
