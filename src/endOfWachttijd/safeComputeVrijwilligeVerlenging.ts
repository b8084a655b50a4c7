import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { computeVrijwilligeVerlenging, type VrijwilligeVerlengingInput, type VrijwilligeVerlengingResult } from './computeVrijwilligeVerlenging.js';

/**
 * {@link computeVrijwilligeVerlenging} without throwing: returns the result or the input issues.
 *
 * @param input - As for {@link computeVrijwilligeVerlenging}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=24 | WIA art 24}
 * @example
 * safeComputeVrijwilligeVerlenging({ firstSickDay: '2024-01-01', extendedLastDay: '2025-12-01' }).success //=> false (must lie after the wachttijd)
 */
export function safeComputeVrijwilligeVerlenging(input: VrijwilligeVerlengingInput): SafeResult<VrijwilligeVerlengingResult> {
  return toSafe(() => computeVrijwilligeVerlenging(input));
}
