import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { listObligations } from './listObligations.js';
import type { ListObligationsOptions, Obligation } from './types.js';

/**
 * Like {@link listObligations}, but returns invalid options as data instead of throwing.
 *
 * @param options - As for {@link listObligations}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @example
 * safeListObligations({ party: 'uwv' } as never).success //=> false
 */
export function safeListObligations(options: ListObligationsOptions = {}): SafeResult<readonly Obligation[]> {
  return toSafe(() => listObligations(options));
}
