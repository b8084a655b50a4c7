import { fc } from '@fast-check/vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';

/** Day numbers of first sick days the timeline accepts (2004–2090). */
export const dayNumberArb = fc.integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2090-12-31') });
/** First sick days under the 2013 rule set (the contract's offsets). */
export const currentRulesDateArb = fc.integer({ min: toDayNumber('2012-01-01'), max: toDayNumber('2090-12-31') }).map(fromDayNumber);
/** ISO dates in that range. */
export const isoDateArb = dayNumberArb.map(fromDayNumber);
/** Any date in the public range 1900–2999. */
export const anyIsoDateArb = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2999-12-31') }).map(fromDayNumber);

/** Dates that are known trouble spots: leap days and DST change days in the EU and the US. */
export const specialDates = [
  '2004-02-29', '2008-02-29', '2012-02-29', '2016-02-29', '2020-02-29', '2024-02-29', '2028-02-29',
  '2024-03-31', '2024-10-27', '2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', // Europe/Amsterdam
  '2024-03-10', '2024-11-03', '2025-03-09', '2025-11-02', '2026-03-08', '2026-11-01', // America/New_York
];
export const specialDateArb = fc.constantFrom(...specialDates);

/**
 * A chain of closed sick periods followed by an open one: lengths and gaps as given.
 */
export const sickChainArb = fc.record({
  start: dayNumberArb,
  parts: fc.array(fc.record({ len: fc.integer({ min: 1, max: 120 }), gap: fc.integer({ min: 1, max: 60 }) }), { minLength: 0, maxLength: 5 }),
});
