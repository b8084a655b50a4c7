import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { computeLoonsanctie, type LoonsanctieInput, type LoonsanctieResult } from './computeLoonsanctie.js';

/**
 * {@link computeLoonsanctie} without throwing: returns the result or the input issues.
 *
 * @param input - As for {@link computeLoonsanctie}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=25 | WIA art 25}
 * @example
 * const r = safeComputeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2024-02-30' });
 * if (!r.success) r.issues[0]?.code //=> 'invalid_date'
 */
export function safeComputeLoonsanctie(input: LoonsanctieInput): SafeResult<LoonsanctieResult> {
  return toSafe(() => computeLoonsanctie(input));
}
