import * as z from 'zod';
import { isValidIsoDate } from '../calendar/isValidIsoDate.js';
import { describeValue } from '../errors/describeValue.js';
import { PoortwachterError, type InputIssue, type InputIssueCode } from '../errors/PoortwachterError.js';
import { stripNulls } from './stripNulls.js';

/**
 * A zod schema for a `'YYYY-MM-DD'` calendar date (1900–2999, real day). The only place zod
 * meets dates; everything after parsing works on day numbers.
 *
 * @internal
 */
export const isoDateSchema = z.string().refine(isValidIsoDate, {
  params: { code: 'invalid_date' },
  error: (iss) => `not a valid 'YYYY-MM-DD' date (1900–2999): ${describeValue(iss.input, true)}`,
});

/**
 * Converts zod issues into poortwachter {@link InputIssue}s.
 *
 * @internal
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const iss of issues) {
    const path = iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (iss.code === 'invalid_union') {
      // Report the branch whose type matched (e.g. the object form of an event), not "no match".
      const branch = iss.errors.find((b) => b.length > 0 && !b.some((x) => x.code === 'invalid_type' && x.path.length === 0));
      if (branch !== undefined) {
        for (const inner of fromZodIssues(branch)) out.push({ ...inner, path: [...path, ...inner.path] });
        continue;
      }
    }
    if (iss.code === 'unrecognized_keys') {
      for (const key of iss.keys) out.push({ path: [...path, key], code: 'unrecognized_key', message: `unknown field or option ${describeValue(key, true)}` });
      continue;
    }
    let code: InputIssueCode;
    let message = iss.message;
    switch (iss.code) {
      case 'invalid_type':
        if (iss.input === undefined) {
          code = 'missing';
          message = `required (expected ${iss.expected})`;
        } else {
          code = 'invalid_type';
          message = typeof iss.input === 'number' && !Number.isFinite(iss.input)
            ? `expected a finite ${iss.expected}, got ${String(iss.input)}`
            : `expected ${iss.expected}, got ${describeValue(iss.input)}`;
        }
        break;
      case 'custom':
        code = ((iss.params as { code?: InputIssueCode } | undefined)?.code) ?? 'invalid_value';
        break;
      case 'invalid_union':
        code = 'invalid_value';
        message = 'does not match any accepted form';
        break;
      default:
        code = 'invalid_value';
    }
    out.push({ path, code, message });
  }
  return out;
}


/**
 * Parses with a zod schema; throws {@link PoortwachterError} naming `functionName` on failure.
 * `null` in an object means the same as leaving the field out ({@link stripNulls}).
 *
 * @internal
 */
export function parseInput<T>(schema: z.ZodType<T>, raw: unknown, functionName: string, basePath: readonly (string | number)[] = []): T {
  const input = stripNulls(raw);
  const fast = schema.safeParse(input);
  if (fast.success) return fast.data;
  // Only on failure: parse again with the input in the issues, to tell "missing" from "wrong type".
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return r.data;
  const issues = fromZodIssues(r.error.issues).map((i) => ({ ...i, path: [...basePath, ...i.path] }));
  throw new PoortwachterError(functionName, issues);
}
