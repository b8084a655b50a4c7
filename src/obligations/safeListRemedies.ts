import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { listRemedies } from './listRemedies.js';
import type { ListRemediesInput, Remedy } from './types.js';

/**
 * Like {@link listRemedies}, but returns invalid input as data instead of throwing.
 *
 * @param input - As for {@link listRemedies}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @example
 * safeListRemedies({ asOf: '2026-13-01' }).success //=> false
 */
export function safeListRemedies(input: ListRemediesInput): SafeResult<readonly Remedy[]> {
  return toSafe(() => listRemedies(input));
}
