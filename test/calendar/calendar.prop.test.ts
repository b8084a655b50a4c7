import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { UTCDate } from '@date-fns/utc';
import { addDays as dfAddDays, differenceInCalendarDays, format } from 'date-fns';
import { addDays, differenceInDays, isValidIsoDate } from '../../src/index.js';
import { fromDayNumber, toDayNumber, weekdayOf } from '../../src/calendar/dayNumber.js';
import { anyIsoDateArb, specialDateArb } from '../helpers/arbitraries.js';

describe('calendar properties (every TZ)', () => {
  test.prop([anyIsoDateArb])('fromDayNumber(toDayNumber(d)) === d and d is valid', (d) => {
    expect(isValidIsoDate(d)).toBe(true);
    expect(fromDayNumber(toDayNumber(d))).toBe(d);
  });
  test.prop([fc.oneof(anyIsoDateArb, specialDateArb), fc.integer({ min: -5000, max: 5000 })])(
    'addDays agrees with date-fns on UTCDate (oracle), also on DST and leap days',
    (d, n) => {
      const expected = format(dfAddDays(new UTCDate(`${d}T00:00:00Z`), n), 'yyyy-MM-dd');
      const got = fromDayNumber(toDayNumber(d) + n);
      if (got >= '1900-01-01' && got <= '2999-12-31') expect(addDays(d, n)).toBe(expected);
    },
  );
  test.prop([anyIsoDateArb, anyIsoDateArb])('differenceInDays is the inverse of addDays and matches date-fns', (a, b) => {
    const diff = differenceInDays(a, b);
    expect(addDays(b, diff)).toBe(a);
    expect(diff).toBe(differenceInCalendarDays(new UTCDate(`${a}T00:00:00Z`), new UTCDate(`${b}T00:00:00Z`)));
  });
  test.prop([anyIsoDateArb])('weekday agrees with the UTC weekday', (d) => {
    expect(weekdayOf(toDayNumber(d))).toBe(((new UTCDate(`${d}T00:00:00Z`).getDay() + 6) % 7) + 1);
  });
  test.prop([anyIsoDateArb, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 })])('addDays is additive', (d, a, b) => {
    const mid = fromDayNumber(toDayNumber(d) + a);
    if (mid < '1900-01-01' || mid > '2999-12-31') return;
    const end = fromDayNumber(toDayNumber(d) + a + b);
    if (end < '1900-01-01' || end > '2999-12-31') return;
    expect(addDays(addDays(d, a), b)).toBe(addDays(d, a + b));
  });
});
