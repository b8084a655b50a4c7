import { fromDayNumber } from './dayNumber.js';
import { MAX_YEAR, MIN_YEAR } from './isValidIsoDate.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';

/** Day number of 1900-01-01, the first day of the public range. @internal */
export const MIN_DAY = -25567;
/** Day number of 2999-12-31, the last day of the public range. @internal */
export const MAX_DAY = 376199;

/**
 * Whether a day number lies in the public range 1900-01-01 … 2999-12-31.
 *
 * @internal
 */
export function isDayInRange(dn: number): boolean {
  return Number.isSafeInteger(dn) && dn >= MIN_DAY && dn <= MAX_DAY;
}

/**
 * `'YYYY-MM-DD'` of a day number computed by arithmetic, or a {@link PoortwachterError}
 * (`out_of_scope`, naming `fn` and `path`) when it falls outside 1900–2999: never a year 3000 or
 * 1899 string, never a garbage string.
 *
 * @internal
 */
export function toIsoDateInRange(dn: number, fn: string, path: readonly (string | number)[], what: string): string {
  if (!isDayInRange(dn)) throw PoortwachterError.single(fn, path, 'out_of_scope', outOfRangeMessage(dn, what));
  return fromDayNumber(dn);
}

/** The sentence for a computed date outside the range. @internal */
export function outOfRangeMessage(dn: number, what: string): string {
  const side = dn > MAX_DAY ? `after ${MAX_YEAR}-12-31` : `before ${MIN_YEAR}-01-01`;
  return `${what} would fall ${side}, outside the supported years ${MIN_YEAR}–${MAX_YEAR}`;
}
