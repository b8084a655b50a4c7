import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { runCheckPassendWerk } from './checkPassendWerk.js';
import type { PassendWerkInput, PassendWerkResult } from './types.js';

/**
 * {@link checkPassendWerk} without throwing: returns `{ success: true, data }` or
 * `{ success: false, error, issues }` for invalid input.
 *
 * @param input - As for {@link checkPassendWerk}.
 * @returns The result, or the input issues.
 * @example
 * const r = safeCheckPassendWerk({ firstSickDay: '2025-01-06', offerDate: '2025-03-03', offer: { wage: -1 } });
 * if (!r.success) r.issues; //=> [{ path: ['offer', 'wage'], code: 'invalid_value', message: 'a wage cannot be negative' }]
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=658a&lid=4 | BW 7:658a lid 4}
 */
export function safeCheckPassendWerk(input: PassendWerkInput): SafeResult<PassendWerkResult> {
  return toSafe(() => runCheckPassendWerk(input, 'safeCheckPassendWerk'));
}
