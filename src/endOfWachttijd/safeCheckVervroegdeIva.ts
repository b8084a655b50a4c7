import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { checkVervroegdeIva, type VervroegdeIvaInput, type VervroegdeIvaResult } from './checkVervroegdeIva.js';

/**
 * {@link checkVervroegdeIva} without throwing: returns the result or the input issues.
 *
 * @param input - As for {@link checkVervroegdeIva}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=66 | WIA art 66}
 * @example
 * safeCheckVervroegdeIva({ firstSickDay: '2024-01-01', applicationDate: '2024-13-01' }).success //=> false (invalid date)
 */
export function safeCheckVervroegdeIva(input: VervroegdeIvaInput): SafeResult<VervroegdeIvaResult> {
  return toSafe(() => checkVervroegdeIva(input));
}
