import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { computeLateWiaAanvraag, type LateWiaAanvraagInput, type LateWiaAanvraagResult } from './computeLateWiaAanvraag.js';

/**
 * {@link computeLateWiaAanvraag} without throwing: returns the result or the input issues.
 *
 * @param input - As for {@link computeLateWiaAanvraag}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=64 | WIA art 64}
 * @example
 * safeComputeLateWiaAanvraag({ firstSickDay: '2024-01-01', applicationDate: '2025-10-20' }).success //=> true
 */
export function safeComputeLateWiaAanvraag(input: LateWiaAanvraagInput): SafeResult<LateWiaAanvraagResult> {
  return toSafe(() => computeLateWiaAanvraag(input));
}
