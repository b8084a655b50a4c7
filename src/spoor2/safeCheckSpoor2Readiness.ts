import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { checkSpoor2Readiness } from './checkSpoor2Readiness.js';
import type { Spoor2Input, Spoor2Readiness } from './types.js';

/**
 * {@link checkSpoor2Readiness} without throwing: invalid input comes back as
 * `{ success: false, error, issues }`.
 *
 * @param input - As for {@link checkSpoor2Readiness}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @example
 * const r = safeCheckSpoor2Readiness({ firstSickDay: '2024-02-30' });
 * r.success //=> false
 * r.success || r.issues[0].path //=> ['firstSickDay']
 */
export function safeCheckSpoor2Readiness(input: unknown): SafeResult<Spoor2Readiness> {
  return toSafe(() => checkSpoor2Readiness(input as Spoor2Input));
}
