import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { UTCDate } from '@date-fns/utc';
import { addMonths, differenceInCalendarDays } from 'date-fns';
import { addCalendarMonths } from '../../src/calendar/addCalendarMonths.js';
import { toDayNumber } from '../../src/calendar/dayNumber.js';
import { sixCalendarMonthDays } from '../../src/passendWerk/determinePhase.js';
import { anyIsoDateArb, specialDateArb } from '../helpers/arbitraries.js';

/** date-fns on UTCDate: the oracle the integer calendar replaced (issue 11: no date-fns at runtime). */
const oracle = (iso: string, months: number): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const start = new UTCDate(y, m - 1, d);
  return toDayNumber(iso) + differenceInCalendarDays(addMonths(start, months), start);
};

const monthEnds = fc.constantFrom('2023-08-31', '2024-01-31', '2024-02-29', '2023-12-31', '2100-08-31', '1999-05-31');

test.prop([fc.oneof(anyIsoDateArb, specialDateArb, monthEnds), fc.integer({ min: -24, max: 24 })])(
  'addCalendarMonths agrees with date-fns addMonths on UTCDate (month ends clamp)',
  (iso, months) => {
    expect(addCalendarMonths(toDayNumber(iso), months)).toBe(oracle(iso, months));
  },
);

test.prop([fc.oneof(anyIsoDateArb, monthEnds)])('sixCalendarMonthDays (passend werk) is the six-month span of the oracle', (iso) => {
  expect(sixCalendarMonthDays(toDayNumber(iso))).toBe(oracle(iso, 6) - toDayNumber(iso));
});
