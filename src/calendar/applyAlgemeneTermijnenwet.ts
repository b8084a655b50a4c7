import { fromDayNumber, toDayNumber } from './dayNumber.js';
import { isValidIsoDate } from './isValidIsoDate.js';
import { nextAtwWorkingDay } from './workingDays.js';
import { describeValue } from '../errors/describeValue.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';

/**
 * Moves the last day of a forward statutory term that ends on a Saturday, Sunday or Atw holiday to
 * the next day that is none of these (Algemene termijnenwet art 1 lid 1). Only for terms the Atw
 * covers: forward terms of at most twelve weeks in a wet or AMvB — not terms counted backwards
 * (art 1 lid 2), not terms over twelve weeks (art 4), not ministerial regulations (art 5). Whether a
 * term qualifies is a legal question; the timeline decides it per rule.
 *
 * @param date - Last day of the term, `'YYYY-MM-DD'`.
 * @returns The same date, or the next working day.
 * @throws {@link PoortwachterError} when `date` is invalid.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0002448&artikel=1 | Algemene termijnenwet art 1}
 * @example
 * applyAlgemeneTermijnenwet('2026-04-04') //=> '2026-04-07' (Saturday, Easter Sunday, Easter Monday)
 */
export function applyAlgemeneTermijnenwet(date: string): string {
  if (!isValidIsoDate(date)) {
    throw PoortwachterError.single('applyAlgemeneTermijnenwet', ['date'], 'invalid_date', `not a valid 'YYYY-MM-DD' date: ${describeValue(date, true)}`);
  }
  return fromDayNumber(nextAtwWorkingDay(toDayNumber(date)));
}
