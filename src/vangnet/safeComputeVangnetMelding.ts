import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { computeVangnetMelding, type VangnetMeldingInput, type VangnetMeldingResult } from './computeVangnetMelding.js';

/**
 * {@link computeVangnetMelding} without throwing: returns the result or the input issues.
 *
 * @param input - As for {@link computeVangnetMelding}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0001888&artikel=38a | Ziektewet art 38a}
 * @example
 * safeComputeVangnetMelding({ group: 'ziek-uit-dienst', firstSickDay: '2026-03-02' }).success //=> false (employmentEnds missing)
 */
export function safeComputeVangnetMelding(input: VangnetMeldingInput): SafeResult<VangnetMeldingResult> {
  return toSafe(() => computeVangnetMelding(input));
}
