import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { computeOpzegverbod, type OpzegverbodInput, type OpzegverbodResult } from './computeOpzegverbod.js';

/**
 * {@link computeOpzegverbod} without throwing: returns the result or the input issues.
 *
 * @param input - As for {@link computeOpzegverbod}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=670 | BW 7:670}
 * @example
 * safeComputeOpzegverbod({ firstSickDay: '2024-01-01' }).success //=> true
 */
export function safeComputeOpzegverbod(input: OpzegverbodInput): SafeResult<OpzegverbodResult> {
  return toSafe(() => computeOpzegverbod(input));
}
