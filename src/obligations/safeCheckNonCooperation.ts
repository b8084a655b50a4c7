import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { checkNonCooperation } from './checkNonCooperation.js';
import type { NonCooperationInput, NonCooperationResult } from './types.js';

/**
 * Like {@link checkNonCooperation}, but returns invalid input as data instead of throwing.
 *
 * @param input - As for {@link checkNonCooperation}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @example
 * safeCheckNonCooperation({ kind: 'passend-werk-weigeren', since: '2025-02-30', asOf: '2025-03-05' }).success //=> false
 */
export function safeCheckNonCooperation(input: NonCooperationInput): SafeResult<NonCooperationResult> {
  return toSafe(() => checkNonCooperation(input));
}
