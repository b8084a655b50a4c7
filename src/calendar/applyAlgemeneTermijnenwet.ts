import { fromDayNumber, toDayNumber } from './dayNumber.js';
import { isValidIsoDate } from './isValidIsoDate.js';
import { atwTermEnd, nextAtwWorkingDay } from './workingDays.js';
import { describeValue } from '../errors/describeValue.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';

/** Options of {@link applyAlgemeneTermijnenwet}. */
export interface AlgemeneTermijnenwetOptions {
  /**
   * First day of the term, `'YYYY-MM-DD'` (the day after the event that starts it). With it, Atw
   * art 2 is applied too: a term of three days or more is extended until it holds at least two days
   * that are not a Saturday, Sunday or Atw holiday. Without it only art 1 is applied.
   */
  readonly termStart?: string | undefined;
}

/**
 * Moves the last day of a forward statutory term that ends on a Saturday, Sunday or Atw holiday to
 * the next day that is none of these (Algemene termijnenwet art 1 lid 1); given the first day of the
 * term, also extends a term of at least three days so that it holds at least two such days (art 2).
 * Only for terms the Atw covers: forward terms of at most twelve weeks in a wet or AMvB — not terms
 * counted backwards (art 1 lid 2), not terms over twelve weeks (art 4), not ministerial regulations
 * (art 5). Whether a term qualifies is a legal question; the timeline decides it per rule.
 *
 * @remarks
 * Art 2 counts the days "daarin", within the term as extended, from its first day; the day of the
 * event that starts the term is not part of it. It matters for short terms (three days up to a
 * week, e.g. the four-day vangnet reports); for longer terms it never bites (checked for 1950–2100).
 *
 * @param date - Last day of the term, `'YYYY-MM-DD'`.
 * @param options - `termStart`: the first day of the term, to apply art 2 as well.
 * @returns The same date, or the later day on which the term ends under the Atw.
 * @throws {@link PoortwachterError} when `date` or `termStart` is invalid, or `termStart` lies after `date`.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0002448&artikel=1 | Algemene termijnenwet art 1}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0002448&artikel=2 | Algemene termijnenwet art 2}
 * @example
 * applyAlgemeneTermijnenwet('2026-04-04') //=> '2026-04-07' (Saturday, Easter Sunday, Easter Monday)
 * applyAlgemeneTermijnenwet('2026-04-06', { termStart: '2026-04-03' }) //=> '2026-04-08' (art 2: two working days)
 */
export function applyAlgemeneTermijnenwet(date: string, options: AlgemeneTermijnenwetOptions = {}): string {
  if (!isValidIsoDate(date)) {
    throw PoortwachterError.single('applyAlgemeneTermijnenwet', ['date'], 'invalid_date', `not a valid 'YYYY-MM-DD' date: ${describeValue(date, true)}`);
  }
  const start = options.termStart;
  if (start === undefined || start === null) return fromDayNumber(nextAtwWorkingDay(toDayNumber(date)));
  if (!isValidIsoDate(start)) {
    throw PoortwachterError.single('applyAlgemeneTermijnenwet', ['options', 'termStart'], 'invalid_date', `not a valid 'YYYY-MM-DD' date: ${JSON.stringify(start)}`);
  }
  if (start > date) {
    throw PoortwachterError.single('applyAlgemeneTermijnenwet', ['options', 'termStart'], 'inconsistent', `lies after the last day of the term (${start} > ${date})`);
  }
  return fromDayNumber(atwTermEnd(toDayNumber(start), toDayNumber(date)));
}
